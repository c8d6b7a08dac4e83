namespace Minzheng.Matching.Engine;

/// <summary>The rules' thresholds (settings in the platform; these are MATCHING.md's defaults), in fen.</summary>
public sealed record MatchRules
{
    public long VehicleLimitFen { get; init; } = 50_000_00;

    public long MedicalLimitFen { get; init; } = 20_000_00;

    public int PropertyCount { get; init; } = 2;

    public string ActiveStatus { get; init; } = "active";

    public static readonly string[] RuleNames = ["deceased", "vehicle_over_limit", "business_owner", "property_over_limit", "medical_burden"];
}

/// <summary>One row of findings.csv: a person-level finding has the ID number, a household-level one has it empty.</summary>
public sealed record Finding(string HouseholdId, string IdNumber, string Rule, string Value);

/// <summary>A row that was not matched, and why.</summary>
public sealed record RejectedRow(string File, long Line, string Reason);

/// <summary>What one input file gave.</summary>
public sealed record FileCount(string File, string Kind, long Rows, long Rejected);
