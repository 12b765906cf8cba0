using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Shared;

/// <summary>ProblemDetails (application/problem+json) with a fixed status, which OpenAPI lists as that status.</summary>
internal abstract class StatusProblem(int status, string title, string detail) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public string Detail => detail;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(httpContext);

    protected static void Declare(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}
