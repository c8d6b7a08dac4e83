using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.Shared;

internal static class RegionChecks
{
    /// <summary>A household lives in a known village/community inside the user's regions.</summary>
    public static async Task<string?> VillageAsync(RegistryDbContext db, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 12)
        {
            return "请选择村（社区）";
        }

        if (!await db.Regions.AnyAsync(r => r.Code == code, ct))
        {
            return $"村（社区）代码{code}不存在";
        }

        return db.User.Allows(code) ? null : "该村（社区）不在您的管辖范围内";
    }
}
