using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Web;

/// <summary>
/// The platform's error answers: a short Swedish page for browsers, ProblemDetails for API clients.
/// Written directly (not through Razor) because they must work before routing and when a tenant is broken.
/// </summary>
internal static class StatusPages
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Task NotFoundAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "Sidan finns inte",
            "Vi hittar ingen sida på den här adressen. Kontrollera adressen eller gå till plattformens startsida.");

    public static Task UnavailableAsync(HttpContext context, string message)
    {
        context.Response.Headers.RetryAfter = "300";
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Tjänsten är inte tillgänglig", message);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/connect");

    public static async Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        var accept = context.Request.Headers.Accept.ToString();
        var api = IsApi(context.Request);
        if (!api && (accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(accept)))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Html(status, title, message));
        }
        else
        {
            await Results.Problem(statusCode: status, title: title, detail: message).ExecuteAsync(context);
        }
    }

    /// <summary>
    /// A page that answers with a bare status (an unknown meeting, a form whose token expired) gets the
    /// Swedish page instead of an empty body and the browser's English one. The API keeps its own answers.
    /// </summary>
    public static IApplicationBuilder UsePlatformStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            if (IsApi(http.Request)) return Task.CompletedTask;
            return http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => NotFoundAsync(http),
                StatusCodes.Status400BadRequest => WriteAsync(http, StatusCodes.Status400BadRequest, "Formuläret kunde inte tas emot",
                    "Formuläret hann bli för gammalt eller skickades från en annan sida. Ladda om sidan och försök igen. Inget har sparats."),
                StatusCodes.Status403Forbidden => WriteAsync(http, StatusCodes.Status403Forbidden, "Ingen behörighet",
                    "Du har inte behörighet att göra det här. Kontakta förbundets kansli om du behöver det."),
                StatusCodes.Status405MethodNotAllowed => WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "Det går inte att göra så här",
                    "Sidan tar inte emot den sortens begäran. Gå tillbaka och använd knapparna på sidan."),
                _ => Task.CompletedTask,
            };
        });

    /// <summary>Maps exceptions that reach the top: a tenant database mix-up is 503 (and logged as critical), anything else 500.</summary>
    public static IApplicationBuilder UsePlatformExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                TenantDatabaseMismatchException => StatusCodes.Status503ServiceUnavailable,
                BadHttpRequestException bad => bad.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            },
            ExceptionHandler = context =>
            {
                var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                if (exception is TenantDatabaseMismatchException mismatch)
                {
                    context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Tenancy")
                        .LogCritical(mismatch, "Tenant database mismatch for {Tenant}: refusing to serve it", mismatch.Tenant.Slug);
                    return UnavailableAsync(context, "Förbundets databas kunde inte verifieras. Driften har larmats.");
                }
                if (exception is BadHttpRequestException bad)
                    return WriteAsync(context, bad.StatusCode, "Begäran kunde inte läsas",
                        "Innehållet kunde inte läsas. Skicka JSON med fälten och typerna som API:t beskriver.");
                return WriteAsync(context, StatusCodes.Status500InternalServerError, "Något gick fel",
                    "Ett oväntat fel inträffade. Försök igen om en stund. Om felet kvarstår, kontakta förbundets kansli.");
            },
        });

    private static string Html(int status, string title, string message) => $"""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{Encoder.Encode(title)} – Samordningsplattformen</title>
          <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
          <main id="innehall" class="container status-page">
            <p class="status-code">Fel {status}</p>
            <h1>{Encoder.Encode(title)}</h1>
            <p>{Encoder.Encode(message)}</p>
            <p><a href="/">Till startsidan</a></p>
          </main>
        </body>
        </html>
        """;
}
