using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Infrastructure.Jobs;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Every night: removes OpenIddict's tokens and authorizations that expired or were revoked more
/// than two weeks ago, invitations that expired more than 30 days ago, and expired web sessions.
/// </summary>
[JobRetention(24 * 60)]
internal sealed class TokenPruningJob(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, CatalogDb db, TimeProvider clock, ILogger<TokenPruningJob> logger)
    : IPlatformRecurringJob
{
    public const string Id = "rensa-token";

    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var prunedTokens = await tokens.PruneAsync(now.AddDays(-14), ct);
        var prunedAuthorizations = await authorizations.PruneAsync(now.AddDays(-14), ct);
        var before = now.UtcDateTime.AddDays(-30);
        var prunedInvitations = await db.Invitations.Where(i => i.ExpiresAt < before).ExecuteDeleteAsync(ct);
        var nowUtc = now.UtcDateTime;
        var prunedSessions = await db.WebSessions.Where(s => s.ExpiresAt < nowUtc).ExecuteDeleteAsync(ct);
        logger.LogInformation("Pruned {Tokens} tokens, {Authorizations} authorizations, {Invitations} invitations and {Sessions} sessions",
            prunedTokens, prunedAuthorizations, prunedInvitations, prunedSessions);
    }
}
