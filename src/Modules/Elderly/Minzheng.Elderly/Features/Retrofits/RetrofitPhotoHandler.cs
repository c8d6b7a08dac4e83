using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Errors;

namespace Minzheng.Elderly.Features.Retrofits;

/// <summary>A retrofit's photo before (施工) or after (验收).</summary>
internal sealed class RetrofitPhotoHandler(ElderlyDbContext db)
{
    public async Task<(string Name, byte[] Bytes)> HandleAsync(Guid id, bool after, CancellationToken ct = default)
    {
        var r = await db.Retrofits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var (name, bytes) = after ? (r.PhotoAfterName, r.PhotoAfter) : (r.PhotoBeforeName, r.PhotoBefore);
        return name is null || bytes is null ? throw new NotFoundException("没有这张照片") : (name, bytes);
    }
}
