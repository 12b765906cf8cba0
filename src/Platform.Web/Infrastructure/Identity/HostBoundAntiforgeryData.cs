using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Binds every antiforgery token to the host's association: a token minted on A's host is
/// refused on B's even if both the cookie and the form field are replayed there.
/// </summary>
internal sealed class HostBoundAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => HostKey(context);

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData, HostKey(context), StringComparison.Ordinal);

    private static string HostKey(HttpContext context) => context.HostOf() switch
    {
        { Tenant: { } tenant } => tenant.Id.ToString(),
        { Kind: var kind } => kind.ToString(),
    };
}
