using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Board.Meetings;

/// <summary>Adjustment and the notice board (_MeetingAdjustment).</summary>
internal sealed partial class MeetingModel
{
    public Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct) =>
        AdminAsync(id, "Send", "skickat", () => people.SendForAdjustmentAsync(id, ct), ct);

    public Task<IActionResult> OnPostDraftAsync(Guid id, CancellationToken ct) =>
        AdminAsync(id, "Send", "utkast", () => minutes.ReturnToDraftAsync(id, ct), ct);

    /// <summary>Any person of the association may try; the workflow lets only the minutes' adjusters through (403).</summary>
    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, adminOnly: false, "Approve", _ => "justerat", () => minutes.ApproveAsync(id, User, ct), ct);

    public Task<IActionResult> OnPostPostAsync(Guid id, bool immediateOnly, CancellationToken ct) =>
        RunAsync(id, adminOnly: true, "Post", p => p.Late ? "sent-anslag" : "anslaget", () => board.PostAsync(id, immediateOnly, User, ct), ct);

    public Task<IActionResult> OnPostTakedownAsync(Guid id, Guid postingId, CancellationToken ct) =>
        AdminAsync(id, "Post", "nedtaget", () => board.TakeDownAsync(postingId, User, ct), ct);
}
