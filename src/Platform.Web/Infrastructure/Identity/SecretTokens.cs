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
}
