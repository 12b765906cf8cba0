using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Identity's data-protection token provider (reset links), reading the platform's <see cref="TimeProvider"/>:
/// Identity's own reads the wall clock, so a token's lifespan could not be tested on a pinned clock.
/// The token's format and protector are Identity's, so links made before still work.
/// </summary>
internal sealed class ClockedTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<DataProtectionTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<PlatformUser>> logger,
    TimeProvider clock)
    : DataProtectorTokenProvider<PlatformUser>(dataProtectionProvider, options, logger)
{
    /// <summary>What the reset email promises ("Länken gäller i två timmar").</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(2);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override async Task<string> GenerateAsync(string purpose, UserManager<PlatformUser> manager, PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose ?? "");
            writer.Write(manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) ?? "" : "");
        }
        return Convert.ToBase64String(Protector.Protect(stream.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PlatformUser> manager, PlatformUser user)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(Protector.Unprotect(Convert.FromBase64String(token))), Utf8);
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            if (created + Options.TokenLifespan < clock.GetUtcNow()) return false;
            if (reader.ReadString() != await manager.GetUserIdAsync(user)) return false;
            if (!string.Equals(reader.ReadString(), purpose, StringComparison.Ordinal)) return false;
            var stamp = reader.ReadString();
            if (reader.PeekChar() != -1) return false;
            return manager.SupportsUserSecurityStamp ? stamp == await manager.GetSecurityStampAsync(user) : stamp.Length == 0;
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException or IOException or DecoderFallbackException)
        {
            return false; // a link that was cut, changed or made with a retired key
        }
    }
}
