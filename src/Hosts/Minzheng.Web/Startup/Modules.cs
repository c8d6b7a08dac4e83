using Minzheng.Platform.Modules;
using Minzheng.Assistance;
using Minzheng.Ledger;
using Minzheng.Registry;
using Minzheng.WorkPlan;

namespace Minzheng.Web.Startup;

/// <summary>The business lines this host serves. A module that is not listed has no menu entry, page or endpoint.</summary>
internal static class Modules
{
    public static readonly IReadOnlyList<IModule> All = [new WorkPlanModule(), new RegistryModule(), new AssistanceModule(), new Minzheng.Elderly.ElderlyModule(), new Minzheng.Monitoring.MonitoringModule(), new LedgerModule()];
}
