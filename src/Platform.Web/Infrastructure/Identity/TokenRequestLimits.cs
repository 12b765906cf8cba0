using System.Net.Http.Headers;
using System.Text;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Attempt limits on the token endpoint, as the sign-in page has (<see cref="AttemptLimits"/>): per
/// address, and per client id however many addresses it comes from. Checked before OpenIddict reads
/// the request (it checks the client secret in the authentication middleware), so a refused request
/// costs no secret check; over the limit the answer is 429 with an OAuth error body and Retry-After.
/// </summary>
internal static class TokenRequestLimits
{
    /// <summary>The window of both limits; also the Retry-After of a refused request.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Token requests from one address: an integration asks once an hour, an office's apps a few times.</summary>
    public const int FromAddress = 30;

    /// <summary>Token requests naming one client: an app's users share its client id.</summary>
    public const int ForClient = 60;

    private const string TokenPath = "/connect/token";

    public static IApplicationBuilder UseTokenRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var limiter = context.RequestServices.GetRequiredService<AttemptLimiter>();
        var address = context.Connection.RemoteIpAddress?.ToString();
        var client = await ClientIdAsync(context.Request);
        if (limiter.TryAttempt($"token-ip:{address ?? "okänd"}", FromAddress, Window)
            && (client is null || limiter.TryAttempt($"token-client:{client}", ForClient, Window)))
        {
            await next(context);
            return;
        }
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenRequestLimits).FullName!)
            .LogWarning("Token request throttled for client {ClientId} from {Address}", client, address);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        // RFC 6749 5.2's shape, so that an OAuth client library shows the reason.
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["error"] = "temporarily_unavailable",
            ["error_description"] = "Too many token requests from this address or for this client. Try again after the time in Retry-After.",
        }, context.RequestAborted);
    });

    /// <summary>The client id of the form or of HTTP Basic authentication (RFC 6749 2.3.1), or null.</summary>
    private static async Task<string?> ClientIdAsync(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0) return Uri.UnescapeDataString(pair[..colon].Replace('+', ' '));
            }
            catch (FormatException)
            {
                // OpenIddict answers a malformed header itself.
            }
        }
        if (!request.HasFormContentType) return null;
        try
        {
            // Read once and kept by the request: OpenIddict reads the same form after this.
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form["client_id"].FirstOrDefault() is { Length: > 0 and <= 100 } id ? id : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null; // OpenIddict refuses a form it cannot read
        }
    }
}
