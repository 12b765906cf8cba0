namespace Platform.Infrastructure.Identity;

/// <summary>The limits of the pages that take a password or send an email.</summary>
internal static class AttemptLimits
{
    /// <summary>Sign-ins from one IP address: enough for an office behind one address.</summary>
    public static bool SignInFromAddress(this AttemptLimiter limiter, string? ip) =>
        limiter.TryAttempt($"signin-ip:{ip ?? "okänd"}", 30, TimeSpan.FromMinutes(5));

    /// <summary>
    /// Failed sign-ins to one account, known or not, from anywhere: stops password spraying of unknown
    /// names too. Counted when tried and taken back by <see cref="PasswordWasRight"/>, so that no one
    /// can keep the owner out by trying the account (issue 20, 7); lockout still stops wrong guesses.
    /// </summary>
    public static bool SignInToAccount(this AttemptLimiter limiter, string normalizedEmail) =>
        limiter.TryAttempt(AccountKey(normalizedEmail), 10, TimeSpan.FromMinutes(15));

    /// <summary>The password given for the account was right: the attempt does not count toward its limit.</summary>
    public static void PasswordWasRight(this AttemptLimiter limiter, string normalizedEmail) =>
        limiter.Withdraw(AccountKey(normalizedEmail));

    private static string AccountKey(string normalizedEmail) => $"signin-account:{normalizedEmail}";

    /// <summary>Reset links and invitations accepted from one address, and reset emails to one account.</summary>
    public static bool AccountEmail(this AttemptLimiter limiter, string? ip, string normalizedEmail) =>
        limiter.TryAttempt($"mail-ip:{ip ?? "okänd"}", 20, TimeSpan.FromMinutes(15))
        && limiter.TryAttempt($"mail-account:{normalizedEmail}", 3, TimeSpan.FromHours(1));
}
