using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance;

/// <summary>Social assistance's REST API: applications (cases) and their workflow.</summary>
internal static class AssistanceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/assistance").WithTags("社会救助 Assistance").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        Features.ListCases.ListCasesEndpoints.Map(g);
        Features.ApplyForAssistance.ApplyForAssistanceEndpoints.Map(g);
        Features.CaseFigures.CaseFiguresEndpoints.Map(g);
        Features.GetCase.GetCaseEndpoints.Map(g);
        Features.AdvanceCase.AdvanceCaseEndpoints.Map(g);
        Features.ExtendDeadline.ExtendDeadlineEndpoints.Map(g);
        Features.ArrangeSupport.ArrangeSupportEndpoints.Map(g);
        Features.PrintNotices.PrintNoticesEndpoints.Map(g);
        Features.ManageBenefit.ManageBenefitEndpoints.Map(g);
        Features.Payroll.PayrollEndpoints.Map(g);
        Features.Payroll.BankFilesEndpoints.Map(g);
        Features.CoverageGaps.CoverageGapsEndpoints.Map(g);
        Features.InvestigationPhotos.InvestigationPhotosEndpoints.Map(g);

        var admin = endpoints.MapGroup("/api/admin").WithTags("系统管理 Admin").RequireAuthorization(Policies.Staff).ProducesApiErrors();
        Features.SmsOutbox.SmsOutboxEndpoints.MapAdmin(admin);
    }
}
