namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>
/// An application entered by a town case worker: the household, the level the routing starts at (Tekun, the default, tries
/// every level; Dibao, Edge, RigidExpense start lower; DisabilityLiving and DisabilityCare are a subsidy for the member
/// <see cref="PersonId"/>), and the signed 核对授权书 as a file.
/// </summary>
internal sealed record ApplyRequest(Guid? HouseholdId, string? Programme, ConsentUpload? Consent, Guid? PersonId = null);

internal sealed record ConsentUpload(string? Name, string? ContentType, string? Base64);
