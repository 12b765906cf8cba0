using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Identity;

namespace Platform.Tests.Support;

/// <summary>
/// Identity's password hasher, counting the verifications: a test can see that every branch of a
/// sign-in does the same (slow) work without timing anything.
/// </summary>
internal sealed class CountingPasswordHasher(IPasswordHasher<PlatformUser> inner, CountingPasswordHasher.Tally tally) : IPasswordHasher<PlatformUser>
{
    internal sealed class Tally
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public void Reset() => Interlocked.Exchange(ref _verifications, 0);

        public void Count() => Interlocked.Increment(ref _verifications);
    }

    public string HashPassword(PlatformUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PlatformUser user, string hashedPassword, string providedPassword)
    {
        tally.Count();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    /// <summary>Replaces the platform's hasher with one that counts on <paramref name="tally"/>.</summary>
    public static void Register(IServiceCollection services, Tally tally) =>
        services.AddScoped<IPasswordHasher<PlatformUser>>(s =>
            new CountingPasswordHasher(new PasswordHasher<PlatformUser>(s.GetRequiredService<IOptions<PasswordHasherOptions>>()), tally));
}
