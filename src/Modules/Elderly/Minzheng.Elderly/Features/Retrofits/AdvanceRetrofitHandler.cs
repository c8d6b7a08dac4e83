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

/// <summary>
/// The next stage of a retrofit — 评估 (subsidy within the cap in force), 施工 (photo before), 验收 (photo after) — each
/// after the one before, none skipped, none dated before the last: the rules are the retrofit's own (<see cref="Retrofit"/>).
/// </summary>
internal sealed class AdvanceRetrofitHandler(ElderlyDbContext db, IPersonDirectory persons, SettingsReader settings, TimeProvider clock)
{
    public async Task<RetrofitRow> HandleAsync(Guid id, AdvanceRetrofitRequest request, CancellationToken ct = default)
    {
        var retrofit = await db.Retrofits.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("改造记录不存在或不在您的管辖范围内");
        _ = await persons.PersonToRecordAsync(db.User, retrofit.PersonId, "登记适老化改造", ct);
        if (request.Stage is not { } stage)
        {
            throw new InputValidationException("stage", "请选择要登记的阶段");
        }

        retrofit.EnsureNext(stage, request.Version);
        var today = clock.Today();
        if (request.On is not { } on)
        {
            throw new InputValidationException("on", $"日期须在 {retrofit.LastDate:yyyy-MM-dd} 至今天之间");
        }

        switch (stage)
        {
            case RetrofitStage.Assessed:
                var cap = await settings.RequireLongAsync("elderly.retrofit.subsidy_cap_fen", RegionCode.Parse(retrofit.RegionCode), on, ct);
                if (request.SubsidyYuan is not { } yuan || yuan < 0 || decimal.Round(yuan, 2) != yuan || Money.FromYuan(yuan).Fen > cap)
                {
                    throw new InputValidationException("subsidyYuan", $"请填写核定补贴（0 至 {new Money(cap)}，最多两位小数）");
                }

                retrofit.Assess(on, Money.FromYuan(yuan).Fen, cap, today, request.Note, request.Version);
                break;
            case RetrofitStage.Construction:
                retrofit.StartConstruction(on, PhotoUploads.Read(request.Photo, "改造前照片"), today, request.Note, request.Version);
                break;
            default:
                retrofit.Complete(on, PhotoUploads.Read(request.Photo, "改造后照片"), today, request.Note, request.Version);
                break;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("改造记录已被他人更新，请刷新后重试");
        }

        return RetrofitRow.From(retrofit);
    }
}
