namespace Platform.Infrastructure.Identity;

internal static class UriQueryExtensions
{
    public static Uri WithQuery(this Uri uri, params (string Name, string Value)[] parameters) =>
        new UriBuilder(uri)
        {
            Query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")),
        }.Uri;
}
