using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Shared;

/// <summary>The checks every registry change starts with: may this role change the registry, and is the record in scope.</summary>
internal static class RegistryAccess
{
    public static void EnsureMayEdit(this RegistryDbContext db)
    {
        if (!db.User.MayEditRegistry)
        {
            throw new ForbiddenException("您的角色不能修改户籍信息");
        }
    }

    /// <summary>A household inside the user's regions (tracked), or 404: outside the regions it does not exist.</summary>
    public static async Task<Household> HouseholdInScopeAsync(this RegistryDbContext db, Guid id, CancellationToken ct, bool withMembers = false) =>
        await (withMembers ? db.Households.Include(h => h.Members) : db.Households.AsQueryable()).FirstOrDefaultAsync(h => h.Id == id, ct)
        ?? throw new NotFoundException("户不存在或不在您的管辖范围内");

    public static async Task<Person> PersonInScopeAsync(this RegistryDbContext db, Guid id, CancellationToken ct) =>
        await db.Persons.FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
}
