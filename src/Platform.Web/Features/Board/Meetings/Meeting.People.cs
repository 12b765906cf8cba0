using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board.Minuting;

namespace Platform.Features.Board.Meetings;

/// <summary>The people of the minutes: chair, secretary, attendance and adjusters (_MeetingPeople).</summary>
internal sealed partial class MeetingModel
{
    public Task<IActionResult> OnPostMinutesAsync(Guid id, [Bind(Prefix = nameof(Minutes))] MinutesInput input, CancellationToken ct)
    {
        Minutes = input;
        return AdminAsync(id, nameof(Minutes), "protokoll", () => minutes.SaveDetailsAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, [Bind(Prefix = nameof(Attendee))] AttendanceInput input, CancellationToken ct)
    {
        Attendee = input;
        return AdminAsync(id, nameof(Attendee), "narvaro", () => minutes.AddAttendanceAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveAttendanceAsync(Guid id, Guid lineId, CancellationToken ct) =>
        AdminAsync(id, nameof(Attendee), "narvaro", () => minutes.RemoveAttendanceAsync(lineId, ct), ct);

    public Task<IActionResult> OnPostAdjusterAsync(Guid id, [Bind(Prefix = nameof(NewAdjuster))] AdjusterInput input, CancellationToken ct)
    {
        NewAdjuster = input;
        return AdminAsync(id, nameof(NewAdjuster), "justerare", () => minutes.AddAdjusterAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveAdjusterAsync(Guid id, Guid adjusterId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewAdjuster), "justerare", () => minutes.RemoveAdjusterAsync(adjusterId, ct), ct);
}
