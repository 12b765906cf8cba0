using System.ComponentModel.DataAnnotations;

namespace Platform.Infrastructure;

/// <summary>The <c>Platform</c> configuration section.</summary>
internal sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>Where SQLite files and other local state live. Relative paths start at the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The platform's domain: <c>{slug}.{Domain}</c> is an association, <c>{Domain}</c> the platform.</summary>
    [Required, RegularExpression("^[a-z0-9.-]+$", ErrorMessage = "Platform:Domain must be a lowercase host name.")]
    public string Domain { get; set; } = "localhost";

    /// <summary>Other host names that also mean the platform (e.g. 127.0.0.1 in development). Never a tenant.</summary>
    public List<string> AdditionalPlatformHosts { get; set; } = [];

    /// <summary>Provision the demo associations and their members at start-up.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>How often the in-memory tenant catalog checks the catalog database for changes made elsewhere.</summary>
    [Range(1, 3600)]
    public int CatalogRefreshSeconds { get; set; } = 30;

    /// <summary>How many tenant databases are migrated at the same time at start-up.</summary>
    [Range(1, 64)]
    public int MigrationParallelism { get; set; } = 4;

    /// <summary>The scheme of links in email (https in production; http for local development).</summary>
    [RegularExpression("^https?$")]
    public string PublicScheme { get; set; } = "https";

    /// <summary>The port of links in email, when it is not the scheme's default (5080 in development).</summary>
    [Range(1, 65535)]
    public int? PublicPort { get; set; }

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);

    /// <summary>
    /// On a developer's machine, links in email lead to where the platform actually listens: without a
    /// configured <see cref="PublicPort"/>, the port of the first address in <paramref name="urls"/>
    /// (ASPNETCORE_URLS, --urls or launchSettings) with the public scheme; Kestrel's 5000 when none is given.
    /// </summary>
    public void UseListeningPort(string? urls)
    {
        if (PublicPort is not null) return;
        var addresses = (urls ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var address = addresses.FirstOrDefault(a => a.StartsWith(PublicScheme + "://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        var colon = address?.LastIndexOf(':') ?? -1;
        if (colon > 0 && int.TryParse(address![(colon + 1)..].TrimEnd('/'), out var port) && port is > 0 and <= 65535) PublicPort = port;
    }

    /// <summary>An absolute link to <paramref name="path"/> on an association's own host, for email.</summary>
    public Uri AssociationUrl(string slug, string path)
    {
        // "/moten/{id}#handlingar": the fragment is a fragment, not an escaped part of the path.
        var fragment = path.IndexOf('#', StringComparison.Ordinal);
        var builder = new UriBuilder(PublicScheme, $"{slug}.{Domain}", PublicPort ?? -1, fragment < 0 ? path : path[..fragment]);
        if (fragment >= 0) builder.Fragment = path[(fragment + 1)..];
        return builder.Uri;
    }
}
