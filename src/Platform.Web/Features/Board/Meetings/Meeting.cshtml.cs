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
/// The board and auditors read; adjusters approve; the kansli does the rest. The page is in
/// sections (partials <c>_Meeting*.cshtml</c>), each with its handlers in <c>Meeting.&lt;Section&gt;.cs</c>;
/// this file loads the meeting and answers every handler the same way.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed partial class MeetingModel(MeetingPlanner meetings, MinutesWorkflow minutes, NoticeBoardPostings board, MeetingNotices notices, TimeProvider clock,
    MinutesPeople people, AdjusterAccounts accounts, Bodies.BodyRegister register) : BoardPageModel
{
    public MeetingFile Record { get; private set; } = null!;
    public NoticeStatus Notice { get; private set; } = null!;
    public int NextNumber { get; private set; }
    public bool CanApprove { get; private set; }
    public bool IsDraft => Record.Minutes is null or { Status: MinutesStatus.Draft };
    public MinutesStatus MinutesStatus => Record.Minutes?.Status ?? MinutesStatus.Draft;
    /// <summary>The kansli may change the minutes: an admin, while they are a draft.</summary>
    public bool Editable => IsAdmin && MinutesStatus == MinutesStatus.Draft;
    /// <summary>The agenda is the office's until the minutes leave draft; a cancelled meeting's is kept as it was.</summary>
    public bool AgendaEditable => Editable && Record.Meeting.Status != MeetingStatus.Cancelled;
    public IReadOnlyDictionary<Guid, string> ItemTitles => Record.Agenda.ToDictionary(i => i.Id, i => i.Title);
    public DateOnly Today => SwedishTime.Today(clock);
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public MeetingInput Details { get; set; } = new();
    public AgendaItemInput Agenda { get; set; } = new();
    public GuestInput NewGuest { get; set; } = new();
    public MinutesInput Minutes { get; set; } = new();
    public AttendanceInput Attendee { get; set; } = new();
    public AdjusterInput NewAdjuster { get; set; } = new();
    public ParagraphInput NewParagraph { get; set; } = new();

    /// <summary>The section each confirmation belongs to: the page returns there, with focus on the confirmation.</summary>
    protected override string? SectionOf(string done) => done switch
    {
        "sammantrade" or "sammantrade-kallat" => "uppgifter",
        "kallelse" or "inbjuden" or "inbjuden-borttagen" => "kallelse",
        "arende" or "arende-borttaget" or "arende-andrat" or "arende-flyttat" => "dagordning",
        "handling" or "handling-borttagen" or "handling-andrad" => "handlingar",
        "protokoll" or "narvaro" or "narvaro-hamtad" or "justerare" or "justerare-paminnd" => "protokoll",
        "paragraf" or "paragraf-borttagen" or "paragrafer-fran-dagordningen" or "omedelbar" => "paragrafer",
        "skickat" or "utkast" or "justerat" or "tillbakaskickat" or "anslaget" or "sent-anslag" or "nedtaget" => "justering",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await meetings.FileAsync(id, ct) is not { } file) return false;
        Record = file;
        Notice = await notices.StatusAsync(file.Meeting, file.Guests, ct); // the meeting and its guests are read once per view
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
        await LoadPeopleAsync(file, ct);
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
}
