using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Kernel.Money;
using Minzheng.Kernel.Regions;
using Minzheng.Kernel.Settings;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Settings;

public sealed record SettingRow(SettingDefinition Definition, SettingVersion? InForce, IReadOnlyList<SettingVersion> Versions);

public sealed class NewSettingVersion
{
    public string Key { get; set; } = string.Empty;

    public string RegionCode { get; set; } = "430408";

    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>As the user writes it: yuan for money (602 or 602.50), a decimal for ratios, a whole number for counts.</summary>
    public string Value { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;
}

/// <summary>
/// Effective-dated settings (standards, thresholds, deadlines): a change is a new version from a date, never an edit
/// of the past; every change is audited. District officers change them; leaders and officers read them.
/// </summary>
public sealed class SettingsAdmin(PlatformDbContext db, ICurrentUser user, TimeProvider clock, IEnumerable<SettingCatalogue> catalogues)
{
    public IReadOnlyList<SettingDefinition> Definitions { get; } = catalogues.SelectMany(c => c.Definitions).ToList();

    public async Task<IReadOnlyList<SettingRow>> ListAsync(string region, CancellationToken ct = default)
    {
        EnsureMayRead();
        var code = RegionCode.TryParse(region, out var r, out _) ? r : throw new InputValidationException("regionCode", "区划代码无效");
        var today = clock.Today();
        var all = await db.Settings.AsNoTracking().ToListAsync(ct);
        return Definitions.Select(d =>
        {
            var versions = all.Where(v => v.Key == d.Key).OrderBy(v => v.RegionCode.Length).ThenBy(v => v.EffectiveFrom).ToList();
            var inForce = EffectiveValueResolver.Resolve(versions.Select(SettingsReader.AsEffective), d.Key, code, today)?.Value;
            return new SettingRow(d, inForce, versions);
        }).ToList();
    }

    public async Task<SettingVersion> AddVersionAsync(NewSettingVersion request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.DistrictOfficer))
        {
            throw new ForbiddenException("只有区业务股室可以调整标准和参数");
        }

        var definition = Definitions.FirstOrDefault(d => d.Key == request.Key) ?? throw new InputValidationException("key", "没有这一参数");
        var errors = new FieldErrors();
        if (!RegionCode.TryParse(request.RegionCode, out var region, out var regionError))
        {
            errors.Add("regionCode", regionError.Message);
        }
        else if (!user.Allows(region.Value))
        {
            errors.Add("regionCode", "该区域不在您的管辖范围内");
        }

        if (request.EffectiveFrom is null)
        {
            errors.Add("effectiveFrom", "请填写生效日期");
        }

        var value = Normalize(definition, request.Value);
        if (value is null)
        {
            errors.Add("value", definition.Kind switch
            {
                SettingKind.Money => "请输入金额（元，最多两位小数）",
                SettingKind.Ratio => "请输入数字，例如 1.3",
                SettingKind.Choice => $"请选择：{string.Join("、", definition.Options.Select(o => o.Label))}",
                _ => "请输入整数",
            });
        }
        else if (OutOfRange(definition, value))
        {
            errors.Add("value", definition is { Maximum: null, Minimum: { } min } ? $"“{definition.Name}”不能小于 {min}" : $"“{definition.Name}”应在 {definition.RangeText}");
        }

        if (string.IsNullOrWhiteSpace(request.Source) || request.Source.Trim().Length < 4)
        {
            errors.Add("source", "请填写依据（文件名称或文号，至少4个字）");
        }

        errors.ThrowIfAny();

        var regionCode = region.Value;
        if (await db.Settings.AnyAsync(s => s.Key == definition.Key && s.RegionCode == regionCode && s.EffectiveFrom == request.EffectiveFrom, ct))
        {
            throw new BusinessRuleException("该区域在这一日期已有一个版本；如需更正，请以新的生效日期另加版本");
        }

        var version = new SettingVersion
        {
            Key = definition.Key, RegionCode = regionCode, EffectiveFrom = request.EffectiveFrom!.Value, Value = value!,
            Source = request.Source.Trim(), Unconfirmed = false,
        };
        db.Settings.Add(version);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserId = user.UserId, UserName = user.UserName, Action = AuditActions.Create,
            EntityType = nameof(SettingVersion), EntityId = definition.Key, RegionCode = regionCode,
            Details = AuditJson.Serialize(new { version.Key, version.RegionCode, EffectiveFrom = version.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), version.Value, version.Source }),
        });
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>
    /// Writes the shipped defaults that are missing (first start and every start after a module adds one), and brings the
    /// 依据 of a shipped version still holding its shipped value up to the current wording (a rewording is not a new version).
    /// </summary>
    public static async Task<int> EnsureDefaultsAsync(PlatformDbContext db, IEnumerable<SettingCatalogue> catalogues, CancellationToken ct = default)
    {
        var defaults = catalogues.SelectMany(c => c.Defaults).ToList();
        var keys = defaults.Select(d => d.Key).Distinct().ToList();
        var existing = (await db.Settings.Where(s => keys.Contains(s.Key)).ToListAsync(ct)).ToDictionary(s => (s.Key, s.RegionCode, s.EffectiveFrom));
        var missing = 0;
        foreach (var d in defaults)
        {
            if (!existing.TryGetValue((d.Key, d.RegionCode, d.EffectiveFrom), out var row))
            {
                db.Settings.Add(new SettingVersion { Key = d.Key, RegionCode = d.RegionCode, EffectiveFrom = d.EffectiveFrom, Value = d.Value, Source = d.Source, Unconfirmed = d.Unconfirmed });
                missing++;
            }
            else if (row.Value == d.Value && row.Unconfirmed == d.Unconfirmed && row.Source != d.Source)
            {
                row.Source = d.Source;
            }
        }

        await db.SaveChangesAsync(ct);
        return missing;
    }

    private static bool OutOfRange(SettingDefinition definition, string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && definition.Kind is SettingKind.Count or SettingKind.Ratio
        && (number < definition.Minimum || number > definition.Maximum);

    private static string? Normalize(SettingDefinition definition, string text) => definition.Kind switch
    {
        SettingKind.Choice => definition.Options.FirstOrDefault(o => o.Value == text?.Trim())?.Value,
        SettingKind.Money => Money.TryParseYuan(text, out var m) && m.Fen >= 0 ? m.Fen.ToString(CultureInfo.InvariantCulture) : null,
        SettingKind.Ratio => decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d.ToString(CultureInfo.InvariantCulture) : null,
        _ => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i.ToString(CultureInfo.InvariantCulture) : null,
    };

    private void EnsureMayRead()
    {
        if (!user.IsInRole(Roles.DistrictOfficer) && !user.IsInRole(Roles.DistrictLeader) && !user.IsInRole(Roles.Auditor))
        {
            throw new ForbiddenException("只有区民政局领导、业务股室和审计人员可以查看标准和参数");
        }
    }
}

/// <summary>The settings one module reads, with their shipped defaults; modules register one each.</summary>
public sealed record SettingCatalogue(IReadOnlyList<SettingDefinition> Definitions, IReadOnlyList<SettingDefault> Defaults);
