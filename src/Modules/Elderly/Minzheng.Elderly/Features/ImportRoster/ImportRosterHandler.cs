using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Elderly.Domain.Visits;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Kernel.Identity;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ImportRoster;

internal sealed record RosterError(int Row, string Column, string Reason);

/// <summary>Applied whole (how many elders, categories and visit plans) or not at all (why).</summary>
internal sealed record RosterReport(bool Applied, int Elders, int FlagsSet, int PlansSet, IReadOnlyList<RosterError> Errors, string? FileError);

/// <summary>
/// Imports an existing elderly roster (老年人花名册): for registered persons aged 60+ within the user's regions, the
/// categories no record shows (留守, 重残, 计划生育特殊家庭) and the 探访关爱 plan. Every row is checked first; with any
/// error nothing is written and the report lists row, column and reason. Re-importing the same file changes nothing more.
/// </summary>
internal sealed class ImportRosterHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    private static readonly Dictionary<string, VisitRisk> Risks = new()
    {
        ["高风险"] = VisitRisk.High, ["重点"] = VisitRisk.Key, ["一般"] = VisitRisk.General,
    };

    private sealed record Parsed(int Row, PersonSnapshot Person, Dictionary<string, bool> Flags, VisitRisk? Risk, DateOnly? StartsOn);

    public async Task<RosterReport> HandleAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        if (!ElderAccess.MayRecord.Any(db.User.IsInRole))
        {
            throw new ForbiddenException("只有村居协理员、镇街经办或区业务股室可以导入老年人花名册");
        }

        var (rows, fileError) = TableFile.Read(file, fileName, RosterColumns.Required);
        if (fileError is not null)
        {
            return new RosterReport(false, 0, 0, 0, [], fileError);
        }

        var today = clock.Today();
        var errors = new List<RosterError>();
        var ids = new Dictionary<int, string>();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            if (!IdNumber.TryParse(row[RosterColumns.IdNumber], today, out var id, out _))
            {
                errors.Add(new RosterError(row.Row, RosterColumns.IdNumber, "身份证号码无效（18位，校验位须正确）"));
            }
            else if (seen.TryGetValue(id.Value, out var first))
            {
                errors.Add(new RosterError(row.Row, RosterColumns.IdNumber, $"与第{first}行重复"));
            }
            else
            {
                seen[id.Value] = row.Row;
                ids[row.Row] = id.Value;
            }
        }

        var found = await persons.FindByIdNumbersAsync(ids.Values.ToList(), ct);
        var parsed = new List<Parsed>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            PersonSnapshot? person = null;
            if (ids.TryGetValue(row.Row, out var idNumber))
            {
                person = found.GetValueOrDefault(idNumber);
                if (person is null)
                {
                    errors.Add(new RosterError(row.Row, RosterColumns.IdNumber, "您管辖范围内的户籍人口中没有此人，请先登记户籍"));
                }
                else if (!person.Alive)
                {
                    errors.Add(new RosterError(row.Row, RosterColumns.IdNumber, "此人已注销户籍（死亡或迁出）"));
                }
                else if (Ages.On(person.BirthDate, today) < 60)
                {
                    errors.Add(new RosterError(row.Row, RosterColumns.IdNumber, "未满60周岁"));
                }
                else if (person.Name != row[RosterColumns.Name])
                {
                    errors.Add(new RosterError(row.Row, RosterColumns.Name, "姓名与户籍登记不一致"));
                }
            }

            var flags = new Dictionary<string, bool>();
            foreach (var column in RosterColumns.Flags.Where(c => row.Cells.ContainsKey(c)))
            {
                switch (row[column])
                {
                    case "是": flags[column] = true; break;
                    case "否" or "": flags[column] = false; break;
                    default: errors.Add(new RosterError(row.Row, column, "请填写“是”或“否”（或留空）")); break;
                }
            }

            VisitRisk? risk = null;
            DateOnly? startsOn = null;
            var riskText = row[RosterColumns.Risk];
            if (riskText.Length > 0 && !Risks.TryGetValue(riskText, out var r))
            {
                errors.Add(new RosterError(row.Row, RosterColumns.Risk, "请填写高风险、重点或一般（或留空）"));
            }
            else if (riskText.Length > 0)
            {
                risk = Risks[riskText];
            }

            var startText = row[RosterColumns.PlanStartsOn];
            if (startText.Length > 0)
            {
                if (!DateOnly.TryParseExact(startText, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d > today.AddYears(1))
                {
                    errors.Add(new RosterError(row.Row, RosterColumns.PlanStartsOn, "日期格式为 2026-01-01，且不晚于一年之后"));
                }
                else if (risk is null)
                {
                    errors.Add(new RosterError(row.Row, RosterColumns.PlanStartsOn, "填写了开始日期，请同时填写探访风险等级"));
                }
                else
                {
                    startsOn = d;
                }
            }

            if (errors.Count == before && person is not null)
            {
                parsed.Add(new Parsed(row.Row, person, flags, risk, startsOn ?? (risk is null ? null : today)));
            }
        }

        if (errors.Count > 0)
        {
            return new RosterReport(false, 0, 0, 0, errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList(), null);
        }

        return await ApplyAsync(parsed, fileName, ct);
    }

    private async Task<RosterReport> ApplyAsync(List<Parsed> rows, string fileName, CancellationToken ct)
    {
        var personIds = rows.Select(r => r.Person.Id).ToList();
        var flags = await db.Flags.Where(f => personIds.Contains(f.PersonId)).ToDictionaryAsync(f => f.PersonId, ct);
        var plans = await db.VisitPlans.Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        int flagsSet = 0, plansSet = 0;
        foreach (var row in rows)
        {
            if (row.Flags.Count > 0)
            {
                if (!flags.TryGetValue(row.Person.Id, out var f))
                {
                    f = new ElderFlags { PersonId = row.Person.Id, RegionCode = row.Person.RegionCode };
                    db.Flags.Add(f);
                }

                f.LeftBehind = row.Flags.GetValueOrDefault(RosterColumns.LeftBehind, f.LeftBehind);
                f.SeverelyDisabled = row.Flags.GetValueOrDefault(RosterColumns.SeverelyDisabled, f.SeverelyDisabled);
                f.FamilyPlanningSpecial = row.Flags.GetValueOrDefault(RosterColumns.FamilyPlanningSpecial, f.FamilyPlanningSpecial);
                if (db.Entry(f).State != EntityState.Unchanged)
                {
                    f.RecordedBy = db.User.UserName;
                    f.RecordedAtUtc = now;
                    flagsSet++;
                }
            }

            if (row.Risk is { } risk)
            {
                if (!plans.TryGetValue(row.Person.Id, out var p))
                {
                    p = new VisitPlan { PersonId = row.Person.Id, RegionCode = row.Person.RegionCode };
                    db.VisitPlans.Add(p);
                }

                p.Risk = risk;
                p.StartsOn = row.StartsOn!.Value;
                if (db.Entry(p).State != EntityState.Unchanged)
                {
                    p.RecordedBy = db.User.UserName;
                    plansSet++;
                }
            }
        }

        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now, UserId = db.User.UserId, UserName = db.User.UserName, Action = AuditActions.Import, EntityType = "ElderlyRoster",
            Details = $"{{\"file\":{System.Text.Json.JsonSerializer.Serialize(Minzheng.Platform.Files.UploadedFile.SafeName(fileName))},\"elders\":{rows.Count},\"flags\":{flagsSet},\"plans\":{plansSet}}}",
        });
        await db.SaveChangesAsync(ct);
        return new RosterReport(true, rows.Count, flagsSet, plansSet, [], null);
    }
}
