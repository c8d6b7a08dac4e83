using Minzheng.Matching.Keys;

namespace Minzheng.Matching.Engine;

/// <summary>Per-person and per-household running values; each array is written by the one task that reads its feed kind.</summary>
internal sealed class MatchAccumulators(int persons, int households)
{
    public readonly int[] Death = Enumerable.Repeat(int.MaxValue, persons).ToArray();
    public readonly long[] Vehicle = Enumerable.Repeat(-1L, persons).ToArray();
    public readonly long[] Business = new long[persons];
    public readonly bool[] BusinessActive = new bool[persons];
    public readonly List<(int Household, string Certificate)> Certificates = [];
    public readonly long[] Medical = new long[households];
    public readonly bool[] MedicalSeen = new bool[households];

    public List<Finding> Findings(MonitoredPopulation population, MatchRules rules)
    {
        // Ordered by household (as the monitored file first names it), person (file order, the household's own
        // findings first) and rule; sorted as integers, turned into text once.
        var found = new List<(int Household, int Person, int Rule, long Value)>();
        for (var p = 0; p < Death.Length; p++)
        {
            var h = population.HouseholdOf(p);
            if (Death[p] != int.MaxValue)
            {
                found.Add((h, p, 0, Death[p]));
            }

            if (Vehicle[p] >= 0)
            {
                found.Add((h, p, 1, Vehicle[p]));
            }

            if (BusinessActive[p])
            {
                found.Add((h, p, 2, Business[p]));
            }
        }

        Certificates.Sort((a, b) => a.Household != b.Household ? a.Household.CompareTo(b.Household) : string.CompareOrdinal(a.Certificate, b.Certificate));
        for (var i = 0; i < Certificates.Count;)
        {
            var h = Certificates[i].Household;
            var distinct = 0;
            string? last = null;
            for (; i < Certificates.Count && Certificates[i].Household == h; i++)
            {
                if (!string.Equals(last, Certificates[i].Certificate, StringComparison.Ordinal))
                {
                    distinct++;
                    last = Certificates[i].Certificate;
                }
            }

            if (distinct >= rules.PropertyCount)
            {
                found.Add((h, -1, 3, distinct));
            }
        }

        for (var h = 0; h < Medical.Length; h++)
        {
            if (MedicalSeen[h] && Medical[h] > rules.MedicalLimitFen)
            {
                found.Add((h, -1, 4, Medical[h]));
            }
        }

        found.Sort();
        var findings = new List<Finding>(found.Count);
        foreach (var (h, p, rule, value) in found)
        {
            var text = rule switch
            {
                0 => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                3 => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => FieldValues.FormatFen(value),
            };
            findings.Add(new Finding(population.HouseholdId(h), p < 0 ? string.Empty : IdKey.Format(population.KeyOf(p)), MatchRules.RuleNames[rule], text));
        }

        return findings;
    }
}
