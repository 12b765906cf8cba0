using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with lockout on the platform's <see cref="TimeProvider"/>: Identity
/// reads the wall clock, which a test cannot move past the 15 minutes of a lockout.
/// </summary>
internal sealed class PlatformUserManager(
    IUserStore<PlatformUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PlatformUser> passwordHasher,
    IEnumerable<IUserValidator<PlatformUser>> userValidators,
    IEnumerable<IPasswordValidator<PlatformUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PlatformUser>> logger,
    TimeProvider clock)
    : UserManager<PlatformUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<PlatformUser> LockoutStore => (IUserLockoutStore<PlatformUser>)Store;

    /// <summary>
    /// Creates a person's account with a password (validated by Identity's rules). The address is
    /// the user name and counts as confirmed: it was reached by an invitation, or set by an operator.
    /// </summary>
    public async Task<(PlatformUser User, IdentityResult Result)> CreatePersonAsync(string email, string displayName, string? platformRole, string password)
    {
        var now = clock.GetUtcNow();
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            PlatformRole = platformRole,
            CreatedAt = now.UtcDateTime,
        };
        return (user, await CreateAsync(user, password));
    }

    public override async Task<bool> IsLockedOutAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken)) return false;
        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }
}
