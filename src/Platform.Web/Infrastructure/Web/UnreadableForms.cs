namespace Platform.Infrastructure.Web;

/// <summary>
/// A form body that cannot be read (a multipart upload with a broken boundary or cut short) is the
/// sender's error: 400, a Swedish page or ProblemDetails, never a 500 from whichever component reads
/// the form first (antiforgery, model binding, an upload handler).
/// </summary>
internal static class UnreadableForms
{
    /// <summary>After authorization, so that only a request allowed through has its body read here.</summary>
    public static IApplicationBuilder UseUnreadableFormsAsBadRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.HasFormContentType && !await ReadableAsync(context.Request))
        {
            await StatusPages.WriteAsync(context, StatusCodes.Status400BadRequest, "Formuläret kunde inte läsas",
                "Det som skickades gick inte att läsa, till exempel en fil som inte kom fram hel. Gå tillbaka, välj filen och försök igen. Inget har sparats.");
            return;
        }
        await next(context);
    });

    /// <summary>Reads the form once; the request keeps it for every later reader.</summary>
    private static async Task<bool> ReadableAsync(HttpRequest request)
    {
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException)
        {
            // BadHttpRequestException (a body over the size limit) keeps its own status through the exception handler.
            return false;
        }
    }
}
