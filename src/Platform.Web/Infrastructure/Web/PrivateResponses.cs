namespace Platform.Infrastructure.Web;

/// <summary>
/// <c>Cache-Control: no-store</c> on every API answer and every download, so that no browser cache
/// or shared proxy keeps an association's records, a member's invoice or a paper after the person
/// has gone (a shared office computer, a proxy between offices). The public notice board's feeds
/// stay cacheable: they are the same for everyone and meant to be fetched often. A public paper is a
/// download too and is not stored either: once it is made non-public, no cache may keep serving it.
/// </summary>
internal static class PrivateResponses
{
    public static IApplicationBuilder UseNoStoreForPrivateResponses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Decided now: a route group or the dashboard may move the path into PathBase later.
        var api = context.Request.Path.StartsWithSegments("/api");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var download = headers.ContentDisposition.Count > 0;
            if ((api || download) && !headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
