using Minzheng.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Registry.Features.AddMember;
using Minzheng.Registry.Features.ChangePersonStatus;
using Minzheng.Registry.Features.ChangeHead;
using Minzheng.Registry.Features.CreateHousehold;
using Minzheng.Registry.Features.EditHousehold;
using Minzheng.Registry.Features.EditPerson;
using Minzheng.Registry.Features.GetHousehold;
using Minzheng.Registry.Features.HouseholdStats;
using Minzheng.Registry.Features.ImportHouseholds;
using Minzheng.Registry.Features.ListHouseholds;
using Minzheng.Registry.Features.ListPersons;
using Minzheng.Registry.Features.MoveMember;
using Minzheng.Registry.Features.RevealField;

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
