using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.Shared;

internal static class DuplicateIdCheck
{
    public const string Message = "该身份证号码已登记（一人只能登记一次）";

    /// <summary>Blind indexes of the given ID numbers that already belong to a person, in any region.</summary>
    public static async Task<HashSet<string>> ExistingAsync(RegistryDbContext db, FieldProtector protector, IEnumerable<string> idNumbers, CancellationToken ct)
    {
        var indexes = idNumbers.Select(protector.BlindIndex).Distinct().ToList();
        var found = new HashSet<string>();
        foreach (var chunk in indexes.Chunk(500))
        {
            var list = chunk.ToList();
            found.UnionWith(await db.Persons.IgnoreQueryFilters().Where(p => list.Contains(p.IdNumberIndex)).Select(p => p.IdNumberIndex).ToListAsync(ct));
        }

        return found;
    }

    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || e.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}
