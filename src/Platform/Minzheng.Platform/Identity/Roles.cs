namespace Minzheng.Platform.Identity;

/// <summary>The roles of PRODUCT.md §1. Names are stable identifiers; <see cref="DisplayName"/> is what users read.</summary>
public static class Roles
{
    public const string DistrictLeader = "DistrictLeader";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string TownCaseWorker = "TownCaseWorker";
    public const string VillageAssistant = "VillageAssistant";
    public const string ServiceProvider = "ServiceProvider";
    public const string PartnerDepartment = "PartnerDepartment";
    public const string Auditor = "Auditor";
    public const string SystemAdmin = "SystemAdmin";
    public const string SecurityAdmin = "SecurityAdmin";
    public const string AuditAdmin = "AuditAdmin";

    public static readonly IReadOnlyList<string> All =
    [
        DistrictLeader, DistrictOfficer, TownCaseWorker, VillageAssistant, ServiceProvider,
        PartnerDepartment, Auditor, SystemAdmin, SecurityAdmin, AuditAdmin,
    ];

    /// <summary>三员: separated duties that read no case data by role alone, and time out sooner.</summary>
    public static readonly IReadOnlySet<string> ThreeAdministrators = new HashSet<string> { SystemAdmin, SecurityAdmin, AuditAdmin };

    /// <summary>Staff who work on cases and may reveal a protected field within their regions, stating a purpose.</summary>
    public static readonly IReadOnlySet<string> MayReveal = new HashSet<string> { DistrictLeader, DistrictOfficer, TownCaseWorker };

    /// <summary>Staff who may register and change households and persons.</summary>
    public static readonly IReadOnlySet<string> MayEditRegistry = new HashSet<string> { DistrictOfficer, TownCaseWorker, VillageAssistant };

    /// <summary>Who reads the audit trail.</summary>
    public static readonly IReadOnlySet<string> MayReadAudit = new HashSet<string> { Auditor, AuditAdmin };

    /// <summary>Who sees security alerts (login-failure and personal-data read bursts): the 安全管理员, the 审计管理员 and auditors.</summary>
    public static readonly IReadOnlySet<string> MaySeeSecurityAlerts = new HashSet<string> { SecurityAdmin, AuditAdmin, Auditor };

    public static string DisplayName(string role) => role switch
    {
        DistrictLeader => "区民政局领导",
        DistrictOfficer => "区业务股室",
        TownCaseWorker => "镇街经办",
        VillageAssistant => "村居协理员",
        ServiceProvider => "服务机构",
        PartnerDepartment => "合作部门",
        Auditor => "审计/纪检",
        SystemAdmin => "系统管理员",
        SecurityAdmin => "安全管理员",
        AuditAdmin => "审计管理员",
        _ => role,
    };
}
