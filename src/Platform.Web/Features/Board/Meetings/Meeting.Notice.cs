using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Board.Meetings;

/// <summary>The notice and the guests (_MeetingNotice).</summary>
internal sealed partial class MeetingModel
{
    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) =>
        AdminAsync(id, "Notice", "kallelse", () => notices.SendNowAsync(id, ct), ct);

    public Task<IActionResult> OnPostGuestAsync(Guid id, [Bind(Prefix = nameof(NewGuest))] GuestInput input, CancellationToken ct)
    {
        NewGuest = input;
        return AdminAsync(id, nameof(NewGuest), "inbjuden", () => meetings.AddGuestAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveGuestAsync(Guid id, Guid guestId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewGuest), "inbjuden-borttagen", () => meetings.RemoveGuestAsync(guestId, ct), ct);
}
