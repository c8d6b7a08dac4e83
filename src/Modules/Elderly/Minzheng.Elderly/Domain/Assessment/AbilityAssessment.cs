using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Assessment;

/// <summary>One GB/T 42195 assessment of an elder: the item scores, the facts, the result with its explanation, and when to reassess.</summary>
internal sealed class AbilityAssessment : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public DateOnly AssessedOn { get; set; }

    /// <summary>The assessor's name as signed on the form (the recording user is in <see cref="RecordedBy"/>).</summary>
    public string Assessor { get; set; } = string.Empty;

    /// <summary>
    /// The second assessor (GB/T 42195: two assessors carry out and sign each assessment); empty only on assessments
    /// recorded before both were required.
    /// </summary>
    public string SecondAssessor { get; set; } = string.Empty;

    /// <summary>Both assessors as the profile shows them.</summary>
    public string Assessors => SecondAssessor.Length == 0 ? Assessor : $"{Assessor}、{SecondAssessor}";

    public string ScoresJson { get; set; } = string.Empty;

    public bool Dementia { get; set; }

    public bool OtherMentalDisorder { get; set; }

    public int CareRiskEvents { get; set; }

    public bool Comatose { get; set; }

    public int Total { get; set; }

    public AbilityLevel LevelByScore { get; set; }

    public AbilityLevel Level { get; set; }

    public string ExplanationJson { get; set; } = string.Empty;

    public DateOnly ReassessOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
