namespace Platform.Infrastructure.Web;

/// <summary>
/// The proxies whose forwarded headers are believed (section <c>ForwardedHeaders</c>). Empty by
/// default: then no <c>X-Forwarded-*</c> header changes anything.
/// </summary>
internal sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies in front of the platform, e.g. <c>10.0.0.4</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>169.254.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool TrustsAny => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
