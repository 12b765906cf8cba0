using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// A write to the API authenticated by the session cookie (a person in a browser) must carry an
/// antiforgery token, as a form would; a bearer token cannot be sent by another site, so it needs none.
/// </summary>
internal static class ApiAntiforgery
{
    public static RouteHandlerBuilder RequireAntiforgeryForCookieWrites(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(CookieWritesNeedAntiforgery);

    private static async ValueTask<object?> CookieWritesNeedAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!AccessPolicies.HasBearerToken(http.Request) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ogiltig begäran",
                detail: "En ändring med inloggningscookie kräver en antiforgery-token (huvudet RequestVerificationToken).");
        return await next(context);
    }
}
