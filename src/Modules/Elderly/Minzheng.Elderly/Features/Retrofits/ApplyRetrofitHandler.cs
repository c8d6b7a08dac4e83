using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Retrofits;

/// <summary>居家适老化改造 applied for: its items (at least one 基础类) and the day; one open retrofit per elder.</summary>
internal sealed class ApplyRetrofitHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<RetrofitRow> HandleAsync(Guid personId, ApplyRetrofitRequest request, CancellationToken ct = default)
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
            PersonId = personId, RegionCode = person.RegionCode, Items = string.Join("、", items), AppliedOn = request.AppliedOn!.Value,
            Note = request.Note?.Trim(), RecordedBy = db.User.UserName,
        };
        db.Retrofits.Add(retrofit);
        await db.SaveChangesAsync(ct);
        return RetrofitRow.From(retrofit);
    }
}
