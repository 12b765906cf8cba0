using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Features.Shared;

/// <summary>403: this person may not (signed in, but not the adjuster asked).</summary>
internal sealed class ForbiddenProblem(string detail) : StatusProblem(StatusCodes.Status403Forbidden, "Ingen behörighet", detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status403Forbidden);
}
