using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.Model;
using Platform.Infrastructure;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// The people of the minutes: attendance taken from the body's seats and the register, chair,
/// secretary and adjusters chosen among those present (_MeetingPeople).
/// </summary>
internal sealed partial class MeetingModel
{
    public AttendanceMarksInput Marks { get; set; } = new();
    public SendBackInput SendBack { get; set; } = new();

    /// <summary>The lines marked present: the people chair, secretary and adjusters are chosen among.</summary>
    public IReadOnlyList<Attendance> Present { get; private set; } = [];
    /// <summary>The register's people who are not on the attendance list: guests and staff to add.</summary>
    public IReadOnlyList<Contact> Addable { get; private set; } = [];
    /// <summary>The addresses in the register of the people on the list (an adjuster's email comes from there).</summary>
    public IReadOnlyDictionary<Guid, string?> ContactEmails { get; private set; } = new Dictionary<Guid, string?>();
    /// <summary>Seats on the body on the meeting day that are not on the list yet.</summary>
    public int SeatsNotTaken { get; private set; }
    public IReadOnlyDictionary<string, AdjusterAccount> Accounts { get; private set; } = new Dictionary<string, AdjusterAccount>();
    /// <summary>The signed-in person is one of the minutes' adjusters (and may send them back while in adjustment).</summary>
    public bool IsAdjuster { get; private set; }
    /// <summary>The line or adjuster whose removal is being confirmed (<c>?taBort=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "taBort")] public Guid? Removing { get; set; }

    private async Task LoadPeopleAsync(MeetingFile file, CancellationToken ct)
    {
        Present = [.. file.Attendance.Where(a => a.Present)];
        var day = SwedishTime.DateOf(file.Meeting.StartsAt);
        var onList = file.Attendance.Where(a => a.ContactId is not null).Select(a => a.ContactId!.Value).ToHashSet();
        if (IsAdmin)
        {
            var contacts = await register.ContactsAsync(ct);
            Addable = [.. contacts.Where(c => !onList.Contains(c.Id))];
            ContactEmails = contacts.Where(c => onList.Contains(c.Id)).ToDictionary(c => c.Id, c => c.Email);
            var seats = await register.SeatsAsync(file.Body.Id, ct);
            SeatsNotTaken = seats.Count(s => s.From <= day && (s.To is null || s.To >= day) && !onList.Contains(s.ContactId) && file.Attendance.All(a => a.SeatId != s.Id));
            Accounts = await accounts.ForAsync(file.Adjusters.Select(a => a.Email), ct);
        }
        IsAdjuster = file.Adjusters.Any(a => string.Equals(a.Email, User.FindFirstValue(OpenIddict.Abstractions.OpenIddictConstants.Claims.Email), StringComparison.OrdinalIgnoreCase));
        if (Marks.Lines.Count == 0)
            Marks = new AttendanceMarksInput
            {
                Lines = [.. file.Attendance.Select(a => new AttendanceMark { Id = a.Id, Present = a.Present, ServingForId = a.ServingForId?.ToString(), FromParagraph = a.ServingFromParagraph })],
            };
        if (Minutes.KeptAt is null && file.Minutes is { } m)
            Minutes = new MinutesInput
            {
                ChairId = Present.FirstOrDefault(a => a.Name == m.Chair)?.Id.ToString(),
                SecretaryId = Present.FirstOrDefault(a => a.Name == m.Secretary)?.Id.ToString(),
                Chair = m.Chair,
                Secretary = m.Secretary,
                KeptAt = m.KeptAt,
            };
    }

    public Task<IActionResult> OnPostMinutesAsync(Guid id, [Bind(Prefix = nameof(Minutes))] MinutesInput input, CancellationToken ct)
    {
        Minutes = input;
        return AdminAsync(id, nameof(Minutes), "protokoll", () => people.SaveDetailsAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostFromSeatsAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, adminOnly: true, nameof(Marks), added => added == 0 ? "narvaro" : "narvaro-hamtad", () => people.TakeFromSeatsAsync(id, ct), ct);

    public Task<IActionResult> OnPostMarksAsync(Guid id, [Bind(Prefix = nameof(Marks))] AttendanceMarksInput input, CancellationToken ct)
    {
        Marks = input;
        return AdminAsync(id, nameof(Marks), "narvaro", () => people.MarkAttendanceAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, [Bind(Prefix = nameof(Attendee))] AttendanceInput input, CancellationToken ct)
    {
        Attendee = input;
        return AdminAsync(id, nameof(Attendee), "narvaro", () => people.AddAttendanceAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveAttendanceAsync(Guid id, Guid lineId, CancellationToken ct) =>
        AdminAsync(id, nameof(Attendee), "narvaro", () => people.RemoveAttendanceAsync(lineId, ct), ct);

    public Task<IActionResult> OnPostAdjusterAsync(Guid id, [Bind(Prefix = nameof(NewAdjuster))] AdjusterInput input, CancellationToken ct)
    {
        NewAdjuster = input;
        return AdminAsync(id, nameof(NewAdjuster), "justerare", () => people.AddAdjusterAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveAdjusterAsync(Guid id, Guid adjusterId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewAdjuster), "justerare", () => people.RemoveAdjusterAsync(adjusterId, ct), ct);

    public Task<IActionResult> OnPostRemindAdjusterAsync(Guid id, Guid adjusterId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewAdjuster), "justerare-paminnd", () => people.RemindAdjusterAsync(adjusterId, ct), ct);

    /// <summary>Any person of the association may try; only the minutes' adjusters get through (403).</summary>
    public Task<IActionResult> OnPostSendBackAsync(Guid id, [Bind(Prefix = nameof(SendBack))] SendBackInput input, CancellationToken ct)
    {
        SendBack = input;
        return RunAsync(id, adminOnly: false, nameof(SendBack), _ => "tillbakaskickat", () => people.SendBackAsync(id, input, User, ct), ct);
    }
}
