using Microsoft.OpenApi;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Web;

/// <summary>
/// The OpenAPI description of the platform's API at <c>/openapi/v1.json</c>, on every association's
/// host and the platform's, without sign-in: it describes endpoints, never data.
/// </summary>
internal static class OpenApiEndpoints
{
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Samordningsplattformen",
                    Version = "v1",
                    Description = "The API of an association on its own host (https://{slug}.{domain}). Sign in with a bearer token from "
                        + "/connect/token on the same host (client credentials for integrations, authorization code with PKCE for apps). "
                        + "A token of another association is refused. Errors are ProblemDetails (RFC 9457) with Swedish messages.",
                };
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapPlatformOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").TenantOrPlatformEndpoint().AllowAnonymous();
        return app;
    }
}
