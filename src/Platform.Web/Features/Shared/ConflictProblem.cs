using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Features.Shared;

/// <summary>409: the record's state forbids the change.</summary>
internal sealed class ConflictProblem(string detail) : StatusProblem(StatusCodes.Status409Conflict, "Går inte just nu", detail), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}
