using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Minzheng.Platform.Errors;

/// <summary>
/// The errors every API operation may answer, declared for the OpenAPI document (`/openapi/v1.json`), as the one
/// exception handler produces them (ARCHITECTURE.md rule 6): 400 ValidationProblemDetails with field errors, 404 a
/// record missing or outside the caller's regions, 409 a broken business rule (a Chinese message), and for signed-in
/// APIs 401 and 403. Applied to each module's route group, so no endpoint can be left undocumented.
/// </summary>
public static class ApiErrorResponses
{
    public static TBuilder ProducesApiErrors<TBuilder>(this TBuilder builder, bool signedIn = true) where TBuilder : IEndpointConventionBuilder
    {
        builder.ProducesValidationProblem();
        builder.ProducesProblem(StatusCodes.Status404NotFound);
        builder.ProducesProblem(StatusCodes.Status409Conflict);
        if (signedIn)
        {
            builder.ProducesProblem(StatusCodes.Status401Unauthorized);
            builder.ProducesProblem(StatusCodes.Status403Forbidden);
        }

        return builder;
    }
}
