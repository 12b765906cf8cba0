using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Outbox;

/// <summary>One message of the outbox: what was sent to whom, what went wrong, and "send again".</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class MessageModel(TenantDb db, OutboxDispatch dispatch, TimeProvider clock) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    /// <summary>The outcome of the last action, shown once after the redirect.</summary>
    [BindProperty(SupportsGet = true, Name = "resultat")] public string? Outcome { get; set; }

    public bool CanSendAgain => Message.Status is OutboxStatus.Dead or OutboxStatus.Failed;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return NotFound();
        Message = message;
        return Page();
    }

    /// <summary>
    /// Makes a dead or failed message due again with a fresh set of attempts, and asks for a dispatch
    /// of this association's outbox at once. A message that has been sent or is waiting is left alone.
    /// </summary>
    public async Task<IActionResult> OnPostSendAgainAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.OutboxMessages
            .Where(m => m.Id == id && (m.Status == OutboxStatus.Dead || m.Status == OutboxStatus.Failed))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), ct);
        if (changed == 0)
        {
            return await db.OutboxMessages.AnyAsync(m => m.Id == id, ct)
                ? RedirectToPage(new { id, resultat = "oforandrat" })
                : NotFound();
        }
        dispatch.Now();
        return RedirectToPage(new { id, resultat = "skickas" });
    }
}
