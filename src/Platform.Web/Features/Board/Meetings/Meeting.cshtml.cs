using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.Model;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Board.Notices;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// One meeting from notice to notice board: details, agenda and papers; then the minutes with
/// attendance, adjusters and paragraphs; sending for adjustment, approving, posting, taking down.
/// The board and auditors read; adjusters approve; the kansli does the rest.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class MeetingModel(MeetingPlanner meetings, MinutesWorkflow minutes, NoticeBoardPostings board, MeetingNotices notices, TimeProvider clock) : BoardPageModel
{
    public MeetingFile Record { get; private set; } = null!;
    public NoticeStatus Notice { get; private set; } = null!;
    public int NextNumber { get; private set; }
    public bool CanApprove { get; private set; }
    public bool IsDraft => Record.Minutes is null or { Status: MinutesStatus.Draft };
    public DateOnly Today => SwedishTime.Today(clock);
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public MeetingInput Details { get; set; } = new();
    public AgendaItemInput Agenda { get; set; } = new();
    public GuestInput NewGuest { get; set; } = new();
    public MinutesInput Minutes { get; set; } = new();
    public AttendanceInput Attendee { get; set; } = new();
    public AdjusterInput NewAdjuster { get; set; } = new();
    public ParagraphInput NewParagraph { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await meetings.FileAsync(id, ct) is not { } file) return false;
        Record = file;
        Notice = (await notices.StatusAsync(id, ct))!;
        var start = SwedishTime.Local(file.Meeting.StartsAt);
        NextNumber = await minutes.NextNumberAsync(file.Body.Id, start.Year, ct);
        var email = User.FindFirstValue(OpenIddictConstants.Claims.Email);
        CanApprove = file.Minutes?.Status == MinutesStatus.InAdjustment
            && file.Adjusters.Any(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase) && a.ApprovedAt is null);
        if (Details.Date is null)
        {
            Details = new MeetingInput
            {
                BodyId = file.Body.Id.ToString(),
                Kind = file.Meeting.Kind.ToString(),
                Status = file.Meeting.Status.ToString(),
                Date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
                EndTime = SwedishTime.Local(file.Meeting.EndsAt).ToString("HH:mm", CultureInfo.InvariantCulture),
                Place = file.Meeting.Place,
                VideoLink = file.Meeting.VideoLink,
            };
        }
        if (Minutes.KeptAt is null && file.Minutes is { } m) Minutes = new MinutesInput { Chair = m.Chair, Secretary = m.Secretary, KeptAt = m.KeptAt };
        return true;
    }

    /// <summary>Runs an action on a meeting of this association: 404 for any other id, and for an admin's action 403 for anyone else.</summary>
    private async Task<IActionResult> RunAsync<T>(Guid id, bool adminOnly, string prefix, Func<T, string> done, Func<Task<Outcome<T>>> action, CancellationToken ct)
    {
        if (!await meetings.ExistsAsync(id, ct)) return NotFound();
        if (adminOnly && !IsAdmin) return Forbid();
        return await AnswerAsync(await action(), prefix, done, () => LoadAsync(id, ct));
    }

    private Task<IActionResult> AdminAsync<T>(Guid id, string prefix, string done, Func<Task<Outcome<T>>> action, CancellationToken ct) =>
        RunAsync(id, adminOnly: true, prefix, _ => done, action, ct);

    public Task<IActionResult> OnPostDetailsAsync(Guid id, [Bind(Prefix = nameof(Details))] MeetingInput details, CancellationToken ct)
    {
        Details = details;
        var before = clock.GetUtcNow().UtcDateTime;
        // A change after the notice, or a meeting booked at short notice, sends a notice at once: say so.
        return RunAsync(id, adminOnly: true, nameof(Details), m => m.NoticeSentAt >= before ? "sammantrade-kallat" : "sammantrade", () => meetings.SaveAsync(id, details, ct), ct);
    }

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) =>
        AdminAsync(id, "Notice", "kallelse", () => notices.SendNowAsync(id, ct), ct);

    public Task<IActionResult> OnPostGuestAsync(Guid id, [Bind(Prefix = nameof(NewGuest))] GuestInput input, CancellationToken ct)
    {
        NewGuest = input;
        return AdminAsync(id, nameof(NewGuest), "inbjuden", () => meetings.AddGuestAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveGuestAsync(Guid id, Guid guestId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewGuest), "inbjuden-borttagen", () => meetings.RemoveGuestAsync(guestId, ct), ct);

    public Task<IActionResult> OnPostAgendaAsync(Guid id, [Bind(Prefix = nameof(Agenda))] AgendaItemInput agenda, CancellationToken ct)
    {
        Agenda = agenda;
        return AdminAsync(id, nameof(Agenda), "arende", () => meetings.AddAgendaItemAsync(id, agenda, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveAgendaAsync(Guid id, Guid itemId, CancellationToken ct) =>
        AdminAsync(id, nameof(Agenda), "arende-borttaget", () => meetings.RemoveAgendaItemAsync(itemId, ct), ct);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? agendaItemId, bool isPublic, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        return await AdminAsync(id, "Paper", "handling", () => meetings.AddPaperAsync(id, file?.FileName, content, agendaItemId, isPublic, ct), ct);
    }

    public Task<IActionResult> OnPostRemovePaperAsync(Guid id, Guid paperId, CancellationToken ct) =>
        AdminAsync(id, "Paper", "handling-borttagen", () => meetings.RemovePaperAsync(paperId, ct), ct);

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

    public Task<IActionResult> OnPostParagraphAsync(Guid id, [Bind(Prefix = nameof(NewParagraph))] ParagraphInput input, CancellationToken ct)
    {
        NewParagraph = input;
        return AdminAsync(id, nameof(NewParagraph), "paragraf", () => minutes.AddParagraphAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostImmediateAsync(Guid id, Guid paragraphId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewParagraph), "omedelbar", () => minutes.AdjustImmediatelyAsync(paragraphId, ct), ct);

    public Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct) =>
        AdminAsync(id, "Send", "skickat", () => minutes.SendForAdjustmentAsync(id, ct), ct);

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
