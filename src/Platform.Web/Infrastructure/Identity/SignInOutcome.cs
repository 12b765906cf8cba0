namespace Platform.Infrastructure.Identity;

internal enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown account, wrong password or a locked account: the user is told the same for all three.</summary>
    Failed,
    /// <summary>The password is right, but the account has no role on this host.</summary>
    NoAccessHere,
    /// <summary>Too many attempts from this address or to this account.</summary>
    Throttled,
}
