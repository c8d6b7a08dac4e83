using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring;

/// <summary>核对与监测's REST API: feeds and partner clients, the monitored population, the monthly batch, alerts, 核对 reports.</summary>
internal static class MonitoringEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/monitoring").WithTags("核对与监测 Monitoring").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        Features.Feeds.FeedsEndpoints.Map(g);
        Features.Feeds.FeedsEndpoints.MapOutsideGroup(endpoints);
        Features.Partners.PartnersEndpoints.Map(g);
        Features.Population.PopulationEndpoints.Map(g);
        Features.Runs.RunsEndpoints.Map(g);
        Features.Alerts.AlertsEndpoints.Map(g);
        Features.Verify.VerifyEndpoints.Map(g);

        var admin = endpoints.MapGroup("/api/admin").WithTags("系统管理 Admin").RequireAuthorization(Policies.Staff).ProducesApiErrors();
        Features.Partners.PartnersEndpoints.MapAdmin(admin);
    }
}
