using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Domain.Assessment;

namespace Minzheng.Elderly.Features.Shared;

/// <summary>An elder's level by their latest assessment, and where it was recorded.</summary>
internal sealed record LatestLevel(string RegionCode, AbilityLevel Level);

/// <summary>The latest assessment per person among some (by the day assessed, then the time recorded), read without the scores.</summary>
internal static class LatestLevels
{
    public static async Task<IReadOnlyDictionary<Guid, LatestLevel>> OfAsync(IQueryable<AbilityAssessment> assessments, CancellationToken ct) =>
        (await assessments.AsNoTracking().Select(a => new { a.PersonId, a.RegionCode, a.AssessedOn, a.RecordedAtUtc, a.Level }).ToListAsync(ct))
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAtUtc).Select(a => new LatestLevel(a.RegionCode, a.Level)).First());
}
