using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;

namespace Minzheng.WorkPlan;

/// <summary>The work plan's REST API: plans and their progress, targets, progress reports and the quarterly report.</summary>
internal static class WorkPlanEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/workplan").WithTags("工作要点 WorkPlan").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        Features.ViewProgress.ViewProgressEndpoints.Map(g);
        Features.LoadPlan.LoadPlanEndpoints.Map(g);
        Features.QuarterlyReport.QuarterlyReportEndpoints.Map(g);
        Features.ViewTarget.ViewTargetEndpoints.Map(g);
        Features.ReportProgress.ReportProgressEndpoints.Map(g);
        Features.ReviewProgress.ReviewProgressEndpoints.Map(g);
        Features.DownloadEvidence.DownloadEvidenceEndpoints.Map(g);
    }
}
