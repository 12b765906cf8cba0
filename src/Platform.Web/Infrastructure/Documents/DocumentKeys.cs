using System.Text.RegularExpressions;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Documents;

/// <summary>Keys look like <c>2026/0196c2f0a1b27c3e9d4f5a6b7c8d9e0f</c>: a year folder and a random id.</summary>
internal static partial class DocumentKeys
{
    [GeneratedRegex("^[0-9]{4}/[0-9a-f]{32}$")]
    private static partial Regex Pattern();

    public static string New(TimeProvider clock) => $"{clock.GetUtcNow().Year:0000}/{Guid.NewGuid():N}";

    /// <summary>A key this platform could have made; anything else (a path, "..", another shape) finds nothing.</summary>
    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    /// <summary>The association's folder or container name: its id, so a reused slug never sees old files.</summary>
    public static string ContainerOf(TenantId tenant) => $"t-{tenant.Value:N}";
}
