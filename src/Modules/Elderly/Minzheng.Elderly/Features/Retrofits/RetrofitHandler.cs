using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Kernel.Money;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Settings;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Retrofits;

internal sealed record ApplyRetrofitRequest(IReadOnlyList<string>? Items, DateOnly? AppliedOn, string? Note);

/// <summary>The next stage of a retrofit: its date, and what it needs — the subsidy (评估), the photo before (施工), the photo after (验收).</summary>
internal sealed record AdvanceRetrofitRequest(RetrofitStage? Stage, DateOnly? On, decimal? SubsidyYuan, PhotoUpload? Photo, string? Note, int? Version);

internal sealed record RetrofitRow(Guid Id, string Stage, string StageName, string Items, long? SubsidyFen, DateOnly AppliedOn, DateOnly? AssessedOn, DateOnly? ConstructionOn,
    DateOnly? AcceptedOn, string? Note, bool HasPhotoBefore, bool HasPhotoAfter, int Version);

/// <summary>
/// 居家适老化改造 for an elder: applied with its items (at least one 基础类), then 评估 (subsidy within the cap in force),
/// 施工 (photo before) and 验收 (photo after), each stage after the one before — none skipped, none dated before the last.
/// </summary>
internal sealed class RetrofitHandler(ElderlyDbContext db, IPersonDirectory persons, SettingsReader settings, TimeProvider clock)
{
    public async Task<IReadOnlyList<RetrofitRow>> ListAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        return (await db.Retrofits.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.AppliedOn).ToListAsync(ct)).Select(Row).ToList();
    }

    public async Task<RetrofitRow> ApplyAsync(Guid personId, ApplyRetrofitRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "登记适老化改造", ct);
        var items = (request.Items ?? []).Select(i => i.Trim()).Distinct().ToList();
        var errors = new FieldErrors();
        if (!items.Any(RetrofitItems.Basic.Contains) || items.Any(i => !RetrofitItems.Basic.Contains(i) && !RetrofitItems.Optional.Contains(i)))
        {
            errors.Add("items", $"请选择改造项目，至少一项基础类（{string.Join("、", RetrofitItems.Basic)}）");
        }

        if (request.AppliedOn is not { } applied || applied > clock.Today())
        {
            errors.Add("appliedOn", "请填写申请日期（不能晚于今天）");
        }

        errors.ThrowIfAny();

        if (await db.Retrofits.AnyAsync(r => r.PersonId == personId && r.Stage != RetrofitStage.Accepted, ct))
        {
            throw new BusinessRuleException("该老人已有未验收的改造，请先完成");
        }

        var retrofit = new Retrofit
        {
            PersonId = personId, RegionCode = person.RegionCode, Stage = RetrofitStage.Applied, Items = string.Join("、", items), AppliedOn = request.AppliedOn!.Value,
            Note = request.Note?.Trim(), RecordedBy = db.User.UserName,
        };
        db.Retrofits.Add(retrofit);
        await db.SaveChangesAsync(ct);
        return Row(retrofit);
    }

    public async Task<RetrofitRow> AdvanceAsync(Guid id, AdvanceRetrofitRequest request, CancellationToken ct = default)
    {
        var retrofit = await db.Retrofits.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("改造记录不存在或不在您的管辖范围内");
        _ = await persons.PersonToRecordAsync(db.User, retrofit.PersonId, "登记适老化改造", ct);
        if (request.Stage is not { } stage)
        {
            throw new InputValidationException("stage", "请选择要登记的阶段");
        }

        if (stage != retrofit.Stage + 1)
        {
            throw new BusinessRuleException(retrofit.Stage == RetrofitStage.Accepted
                ? "改造已验收"
                : $"当前为“{RetrofitItems.Label(retrofit.Stage)}”阶段，下一步应为“{RetrofitItems.Label(retrofit.Stage + 1)}”，不能跳过");
        }

        if (request.Version is { } seen && seen != retrofit.Version)
        {
            throw new BusinessRuleException("改造记录已被他人更新，请刷新后重试");
        }

        var last = retrofit.ConstructionOn ?? retrofit.AssessedOn ?? retrofit.AppliedOn;
        if (request.On is not { } on || on < last || on > clock.Today())
        {
            throw new InputValidationException("on", $"日期须在 {last:yyyy-MM-dd} 至今天之间");
        }

        switch (stage)
        {
            case RetrofitStage.Assessed:
                var cap = await settings.RequireLongAsync("elderly.retrofit.subsidy_cap_fen", RegionCode.Parse(retrofit.RegionCode), on, ct);
                if (request.SubsidyYuan is not { } yuan || yuan < 0 || decimal.Round(yuan, 2) != yuan || Money.FromYuan(yuan).Fen > cap)
                {
                    throw new InputValidationException("subsidyYuan", $"请填写核定补贴（0 至 {new Money(cap)}，最多两位小数）");
                }

                retrofit.SubsidyFen = Money.FromYuan(yuan).Fen;
                retrofit.AssessedOn = on;
                break;
            case RetrofitStage.Construction:
                (retrofit.PhotoBeforeName, retrofit.PhotoBefore) = PhotoUploads.Read(request.Photo, "改造前照片");
                retrofit.ConstructionOn = on;
                break;
            default:
                (retrofit.PhotoAfterName, retrofit.PhotoAfter) = PhotoUploads.Read(request.Photo, "改造后照片");
                retrofit.AcceptedOn = on;
                break;
        }

        retrofit.Stage = stage;
        retrofit.Note = request.Note?.Trim() is { Length: > 0 } note ? note : retrofit.Note;
        retrofit.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("改造记录已被他人更新，请刷新后重试");
        }

        return Row(retrofit);
    }

    public async Task<(string Name, byte[] Bytes)> PhotoAsync(Guid id, bool after, CancellationToken ct = default)
    {
        var r = await db.Retrofits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var (name, bytes) = after ? (r.PhotoAfterName, r.PhotoAfter) : (r.PhotoBeforeName, r.PhotoBefore);
        return name is null || bytes is null ? throw new NotFoundException("没有这张照片") : (name, bytes);
    }

    private static RetrofitRow Row(Retrofit r) => new(r.Id, r.Stage.ToString(), RetrofitItems.Label(r.Stage), r.Items, r.SubsidyFen, r.AppliedOn, r.AssessedOn, r.ConstructionOn,
        r.AcceptedOn, r.Note, r.PhotoBefore is not null, r.PhotoAfter is not null, r.Version);
}
