using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Engine;
using Minzheng.Matching.Keys;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Data.Sealed;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Runs;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Monitoring.Features.Verify;

/// <summary>
/// 家庭经济状况核对 for one application: no signed consent, no verification. Every department's latest data is read for
/// the household's members; the report lists what each shows, the assets it implies and pass/fail against the settings,
/// with the feed versions used, and is stored as made.
/// </summary>
internal sealed class VerifyCaseHandler(MonitoringDbContext db, IAssistanceCases cases, IMemberIdentities identities, MatchSettings settings, IAssetRules assets, FieldProtector protector, TimeProvider clock)
{
    public async Task<VerificationView> HandleAsync(Guid caseId, CancellationToken ct = default)
    {
        var application = await cases.FindForVerificationAsync(caseId, ct) ?? throw new NotFoundException();
        MonitoringAccess.EnsureHandler(db.User);
        if (!application.HasConsent)
        {
            throw new BusinessRuleException("没有签字的家庭经济状况核对授权书，不能核对");
        }

        var today = clock.Today();
        var members = await identities.ForMatchingAsync([application.HouseholdId], $"申请 {application.Number} 家庭经济状况核对", ct);
        var labels = new Dictionary<long, string>();
        foreach (var m in members)
        {
            if (IdKey.TryPack(Encoding.ASCII.GetBytes(m.IdNumber), out var key, out _))
            {
                labels[key] = $"{Masking.Name(m.Name)} {m.IdNumberMasked}";
            }
        }

        var latest = await db.LatestUploadsAsync(ct);
        var departments = new List<DepartmentFinding>();
        using var folder = WorkFolder.Create();
        foreach (var type in FeedCatalogue.All)
        {
            var upload = latest.FirstOrDefault(u => u.Kind == type.Key);
            if (upload is null)
            {
                continue;
            }

            using var spool = await SealedSpool.FromStoreAsync(db, upload, protector, folder, ct);
            using var source = RowSources.Open(spool.OpenPlain(), upload.FileName);
            var rows = FeedValidator.RowsAbout(source, upload.FileName, type.Kind, labels.Keys.ToHashSet());
            departments.Add(new DepartmentFinding(type.Key, type.Name, type.Department, $"第 {upload.Version} 版 {upload.FileName}（SM3 {upload.Sm3[..12]}…）",
                rows.Select(r => new DepartmentRow(labels[r.Key], r.Values)).ToList()));
        }

        var (checks, found) = await ChecksAsync(departments, today, ct);
        var missing = FeedCatalogue.All.Where(t => departments.All(d => d.Feed != t.Key)).Select(t => $"{t.Name}（{t.Department}）").ToList();
        var report = new VerificationReport(application.Number, application.HouseholdNumber, today, members.Count, departments, checks, checks.All(c => c.Passed), missing,
            "本次接入的数据不含工资、养老金、公积金等收入类数据：收入以入户调查为准。核对结果有异议的，申请人可提供证明材料申请复查。", found);
        var verification = new Verification
        {
            CaseId = application.CaseId,
            CaseNumber = application.Number,
            HouseholdId = application.HouseholdId,
            HouseholdNumber = application.HouseholdNumber,
            RegionCode = application.RegionCode,
            Passed = report.Passed,
            ReportJson = JsonSerializer.Serialize(report),
            CreatedBy = db.User.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Verifications.Add(verification);
        await db.SaveChangesAsync(ct);
        return View(verification);
    }

    public async Task<VerificationView> GetAsync(Guid id, CancellationToken ct = default) =>
        View(await db.Verifications.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException());

    public async Task<IReadOnlyList<VerificationView>> ForCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        _ = await cases.FindForVerificationAsync(caseId, ct) ?? throw new NotFoundException();
        return (await db.Verifications.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.CreatedAtUtc).ToListAsync(ct)).Select(View).ToList();
    }

    private async Task<(List<VerificationCheck> Checks, ReportAssets Assets)> ChecksAsync(List<DepartmentFinding> departments, DateOnly today, CancellationToken ct)
    {
        var rules = await settings.RulesAsync(today, ct);
        var vehicleRule = await assets.VehicleRuleAsync(today, ct);
        IEnumerable<DepartmentRow> Rows(string feed) => departments.FirstOrDefault(d => d.Feed == feed)?.Rows ?? [];
        static long Fen(DepartmentRow r, string column) => FieldValues.TryParseFen(Encoding.UTF8.GetBytes(r.Values[column]), out var fen) ? fen : 0;
        static string Yuan(long fen) => FieldValues.FormatFen(fen) + " 元";

        var deaths = Rows("deaths").ToList();
        // The one vehicle rule: vehicles worth more than the counted value count, against 低保's number (as the routing).
        var vehicles = Rows("vehicles").Select(r => Fen(r, "value_yuan")).ToList();
        var counted = vehicles.Count(v => v > vehicleRule.CountedAboveFen);
        var active = Rows("business").Where(r => r.Values["status"] == rules.ActiveStatus).ToList();
        var properties = Rows("property").Select(r => r.Values["certificate_no"]).Distinct(StringComparer.Ordinal).Count();
        var windowStart = today.AddYears(-1);
        var medical = Rows("medical")
            .Where(r => DateOnly.TryParse(r.Values["settled_on"], System.Globalization.CultureInfo.InvariantCulture, out var d) && d > windowStart && d <= today)
            .Sum(r => Fen(r, "out_of_pocket_yuan"));

        List<VerificationCheck> checks =
        [
            new("家庭成员死亡记录", deaths.Count == 0 ? "无" : $"{deaths.Count} 人有死亡记录：须更正家庭成员后重新核对", "无", deaths.Count == 0),
            new("车辆", vehicles.Count == 0 ? "无登记车辆" : $"{vehicles.Count} 辆，价值最高 {Yuan(vehicles.Max())}；价值超过 {Yuan(vehicleRule.CountedAboveFen)} 的 {counted} 辆",
                $"价值超过 {Yuan(vehicleRule.CountedAboveFen)} 的车辆不超过 {vehicleRule.DibaoMaxCount} 辆（低保）", counted <= vehicleRule.DibaoMaxCount),
            new("工商登记", active.Count == 0 ? "无存续企业" : $"{active.Count} 家存续企业，注册资本合计 {Yuan(active.Sum(r => Fen(r, "registered_capital_yuan")))}", "无存续企业（法定代表人）", active.Count == 0),
            new("房产", $"{properties} 套", $"少于 {rules.PropertyCount} 套", properties < rules.PropertyCount),
            new("近一年医疗自付（刚性支出参考）", Yuan(medical), $"超过 {Yuan(rules.MedicalLimitFen)} 提示支出型困难，不作否定条件", true),
        ];
        return (checks, new ReportAssets(counted, properties, active.Count > 0));
    }

    private static VerificationView View(Verification v) =>
        new(v.Id, v.CaseId, v.CaseNumber, v.HouseholdNumber, v.Passed, v.CreatedBy, v.CreatedAtUtc, JsonSerializer.Deserialize<VerificationReport>(v.ReportJson)!);
}
