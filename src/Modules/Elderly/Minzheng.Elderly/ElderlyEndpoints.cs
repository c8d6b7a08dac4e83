using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;

namespace Minzheng.Elderly;

/// <summary>Elderly care's REST API: elders (registered people aged 60+) and their ability assessments.</summary>
internal static class ElderlyEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/elderly").WithTags("养老服务 Elderly").RequireAuthorization(Policies.CaseData).ProducesApiErrors();
        Features.ProviderWorkspace.ProviderWorkspaceEndpoints.Map(endpoints);

        Features.ListElders.ListEldersEndpoints.Map(g);
        Features.ElderProfile.ElderProfileEndpoints.Map(g);
        Features.RecordCategories.RecordCategoriesEndpoints.Map(g);
        Features.Providers.ProvidersEndpoints.Map(g);
        Features.ImportRoster.ImportRosterEndpoints.Map(g);
        Features.Inspections.InspectionsEndpoints.Map(g);
        Features.ProviderAccounts.ProviderAccountsEndpoints.Map(g);
        Features.HomeCare.HomeCareEndpoints.Map(g);
        Features.ServiceOrders.ServiceOrdersEndpoints.Map(g);
        Features.Retrofits.RetrofitsEndpoints.Map(g);
        Features.Meals.MealsEndpoints.Map(g);
        Features.Centenarians.CentenariansEndpoints.Map(g);
        Features.Facilities.FacilitiesEndpoints.Map(g);
        Features.OverdueVisits.OverdueVisitsEndpoints.Map(g);
        Features.ElderFigures.ElderFiguresEndpoints.Map(g);
        Features.CareVisits.CareVisitsEndpoints.Map(g);
        Features.AssessElder.AssessElderEndpoints.Map(g);
    }
}
