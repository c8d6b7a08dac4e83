namespace Minzheng.Elderly.Features.AssessElder;

/// <summary>An assessment as the assessors fill it in: the 26 item scores by code (B.1.1 …), the facts, the date and the two assessors who signed it.</summary>
internal sealed record AssessRequest(
    Dictionary<string, int>? Scores, bool Dementia, bool OtherMentalDisorder, int CareRiskEvents, bool Comatose, DateOnly? AssessedOn, string? Assessor,
    string? SecondAssessor = null);
