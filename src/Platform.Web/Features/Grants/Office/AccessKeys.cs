using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Features.Grants.Office;

/// <summary>The secret in an applicant's link: 32 random bytes, base64url in the URL; only its SHA-256 (lowercase hex) is stored.</summary>
internal static class AccessKeys
{
    public static (string Key, string Hash) New()
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (key, HashOf(key));
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
