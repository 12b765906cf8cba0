using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.CalendarFeed;

/// <summary>
/// The signed-in person's calendar subscription: a secret address for their calendar app with the
/// meetings of the bodies they sit on. The address is shown once, when it is made.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class CalendarModel(CalendarFeeds feeds) : BoardPageModel
{
    public CalendarSubscription? Subscription { get; private set; }

    /// <summary>The new address, on the answer to the post that made it only.</summary>
    public Uri? NewAddress { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Forbid();
        Subscription = await feeds.FindAsync(userId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Forbid();
        NewAddress = await feeds.CreateAsync(userId, ct);
        Subscription = await feeds.FindAsync(userId, ct);
        // Shown in this answer only: never in a redirect's address, where it would land in logs and history.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Forbid();
        await feeds.RemoveAsync(userId, ct);
        return RedirectToPage(new { klart = "kalender-borttagen" });
    }
}
