namespace Minzheng.Monitoring.Features.Population;

/// <summary>One monitored person: who, which household and programme, where; the ID number only for packing a key.</summary>
internal sealed record MonitoredMember(Guid PersonId, Guid HouseholdId, string HouseholdNumber, string RegionCode, string Programme, string IdNumber, string Label);

/// <summary>A monitored household as the alerts name it.</summary>
internal sealed record MonitoredHousehold(Guid HouseholdId, string HouseholdNumber, string RegionCode, string Programme);
