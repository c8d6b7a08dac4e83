using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Elderly.Features.Shared;

namespace Minzheng.Elderly.Features.Retrofits;

/// <summary>A retrofit applied for; <see cref="PovertyRegistered"/> is the worker's record that the household is 建档立卡（脱贫）户.</summary>
internal sealed record ApplyRetrofitRequest(IReadOnlyList<string>? Items, DateOnly? AppliedOn, string? Note, bool PovertyRegistered = false);

/// <summary>The next stage of a retrofit: its date, and what it needs — the subsidy (评估), the photo before (施工), the photo after (验收).</summary>
internal sealed record AdvanceRetrofitRequest(RetrofitStage? Stage, DateOnly? On, decimal? SubsidyYuan, PhotoUpload? Photo, string? Note, int? Version);

internal sealed record RetrofitRow(Guid Id, string Stage, string StageName, string Grounds, string Items, long? SubsidyFen, DateOnly AppliedOn, DateOnly? AssessedOn, DateOnly? ConstructionOn,
    DateOnly? AcceptedOn, string? Note, bool HasPhotoBefore, bool HasPhotoAfter, int Version)
{
    public static RetrofitRow From(Retrofit r) => new(r.Id, r.Stage.ToString(), RetrofitItems.Label(r.Stage), r.Grounds, r.Items, r.SubsidyFen, r.AppliedOn, r.AssessedOn, r.ConstructionOn,
        r.AcceptedOn, r.Note, r.PhotoBefore is not null, r.PhotoAfter is not null, r.Version);
}
