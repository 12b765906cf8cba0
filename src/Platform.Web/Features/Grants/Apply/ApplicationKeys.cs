using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Features.Grants.Apply;

/// <summary>The secret of an applicant's link: 32 random bytes in base64url in the URL, only its SHA-256 (hex) stored.</summary>
internal static class ApplicationKeys
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A key this platform could have made (43 base64url characters); anything else finds nothing without a query.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: 43 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
