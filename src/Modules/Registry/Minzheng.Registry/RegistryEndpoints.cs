using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Errors;

namespace Minzheng.Registry;

/// <summary>The registry's REST API. ID numbers travel only in request bodies, never in URLs.</summary>
internal static class RegistryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/registry").WithTags("户籍人口 Registry").RequireAuthorization(Minzheng.Platform.Access.Policies.CaseData).ProducesApiErrors();

        Features.ListHouseholds.ListHouseholdsEndpoints.Map(g);
        Features.GetHousehold.GetHouseholdEndpoints.Map(g);
        Features.CreateHousehold.CreateHouseholdEndpoints.Map(g);
        Features.EditHousehold.EditHouseholdEndpoints.Map(g);
        Features.ChangeHead.ChangeHeadEndpoints.Map(g);
        Features.EditPerson.EditPersonEndpoints.Map(g);
        Features.AddMember.AddMemberEndpoints.Map(g);
        Features.MoveMember.MoveMemberEndpoints.Map(g);
        Features.RevealField.RevealFieldEndpoints.Map(g);
        Features.ListPersons.ListPersonsEndpoints.Map(g);
        Features.ChangePersonStatus.ChangePersonStatusEndpoints.Map(g);
        Features.ImportHouseholds.ImportHouseholdsEndpoints.Map(g);
        Features.HouseholdStats.HouseholdStatsEndpoints.Map(g);
    }
}
