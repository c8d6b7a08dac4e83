using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;

namespace Minzheng.Monitoring.Features.Feeds;

internal sealed record FeedVersion(Guid Id, string Kind, int Version, string FileName, long Rows, long SizeBytes, string Sm3, string Channel, string UploadedBy, DateTime UploadedAtUtc, DateTime? PurgedAtUtc = null);

internal sealed record FeedTypeView(string Key, string Name, string Department, IReadOnlyList<FeedColumn> Columns, string Checks, IReadOnlyList<string> Owners, FeedVersion? Latest);

internal sealed record FeedsView(IReadOnlyList<FeedTypeView> Types, IReadOnlyList<FeedVersion> History);

/// <summary>The catalogue with each feed's owners (partner clients) and latest version, and the upload history.</summary>
internal sealed class ListFeedsHandler(MonitoringDbContext db)
{
    public async Task<FeedsView> HandleAsync(CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        var history = (await db.Uploads.AsNoTracking().OrderByDescending(u => u.UploadedAtUtc).Take(200).ToListAsync(ct)).Select(View).ToList();
        var clients = await db.Partners.AsNoTracking().Where(p => !p.Disabled).ToListAsync(ct);
        var types = FeedCatalogue.All.Select(t => new FeedTypeView(
            t.Key, t.Name, t.Department, t.Columns, t.Checks,
            clients.Where(c => c.KindList.Contains(t.Key)).Select(c => $"{c.Department}（{c.ClientId}）").ToList(),
            history.Where(h => h.Kind == t.Key).MaxBy(h => h.Version))).ToList();
        return new FeedsView(types, history);
    }

    private static FeedVersion View(FeedUpload u) =>
        new(u.Id, u.Kind, u.Version, u.FileName, u.Rows, u.SizeBytes, u.Sm3, Labels.Of(u.Channel), u.UploadedBy, u.UploadedAtUtc, u.PurgedAtUtc);
}
