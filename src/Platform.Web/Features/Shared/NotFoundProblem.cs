using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Features.Shared;

/// <summary>404: no such record in this association (another association's id included).</summary>
internal sealed class NotFoundProblem(string detail) : StatusProblem(StatusCodes.Status404NotFound, "Finns inte", detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}
