using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.AddMember;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class AddMemberEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/households/{id:guid}/members", async (Guid id, MemberInput input, AddMemberHandler h, CancellationToken ct) =>
        {
            var personId = await h.HandleAsync(id, input, ct);
            return TypedResults.Created($"/api/registry/persons/{personId}", new { id = personId });
        }).WithSummary("登记新成员");
    }
}
