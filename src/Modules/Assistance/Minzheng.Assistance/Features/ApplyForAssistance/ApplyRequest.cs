namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>
/// An application entered by a town case worker: the household, the level the routing starts at (Tekun, the default, tries
/// every level; Dibao, Edge, RigidExpense start lower), and the signed 核对授权书 as a file.
/// </summary>
public sealed record ApplyRequest(Guid? HouseholdId, string? Programme, ConsentUpload? Consent);

public sealed record ConsentUpload(string? Name, string? ContentType, string? Base64);
