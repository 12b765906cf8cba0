using System.Security.Cryptography;
using System.Text;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Secrets that travel in a link (an invitation, a calendar address): 32 random bytes, base64url.
/// Only the hash is stored, so a copy of the database opens nothing.
/// </summary>
internal static class SecretTokens
{
    public static string New() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token <see cref="New"/> could have made (43 base64url characters): anything else is looked up nowhere.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
