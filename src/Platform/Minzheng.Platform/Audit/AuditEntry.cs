namespace Minzheng.Platform.Audit;

/// <summary>One row of the append-only audit trail: who did what to which record, when, and why.</summary>
[Access.NotRegionScoped("审计日志：各模块只写入，由有审计权限的人员查阅全部记录（查阅本身也记入审计）")]
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? RegionCode { get; set; }

    /// <summary>The client's address (IPv4 or IPv6), when the action came from a request or a page.</summary>
    public string? ClientAddress { get; set; }

    /// <summary>JSON: before/after values of the changed fields (protected fields only as "***").</summary>
    public string? Details { get; set; }

    /// <summary>The purpose a user stated for a reveal or an export.</summary>
    public string? Purpose { get; set; }
}

public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string Logout = "logout";
    public const string PasswordChanged = "password-changed";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Reveal = "reveal";
    public const string Export = "export";
    public const string Import = "import";
    public const string PasswordReset = "password-reset";
    public const string Denied = "denied";
    public const string AuditRead = "audit-read";
    public const string SecurityAlert = "security-alert";
    public const string AccountDisabled = "account-disabled";
    public const string AccountEnabled = "account-enabled";
    public const string AccountUnlocked = "account-unlocked";

    public static string DisplayName(string action) => action switch
    {
        Login => "登录",
        LoginFailed => "登录失败",
        Logout => "退出",
        PasswordChanged => "修改密码",
        Create => "新增",
        Update => "修改",
        Delete => "删除",
        Reveal => "查看敏感信息",
        Export => "导出",
        Import => "导入",
        PasswordReset => "重置密码",
        Denied => "越权或不存在的访问被拒绝",
        AuditRead => "查阅审计日志",
        SecurityAlert => "安全告警",
        AccountDisabled => "停用账户",
        AccountEnabled => "启用账户",
        AccountUnlocked => "解锁账户",
        _ => action,
    };
}
