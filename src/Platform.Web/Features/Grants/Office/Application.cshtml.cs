using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board;
using Platform.Features.Fees;
using Platform.Features.Grants.Decision;
using Platform.Features.Grants.Model;
using Platform.Features.Interventions;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Office;

/// <summary>
/// One application for the office: its content, versions, history, recommendation and conflicts; then the
/// board (agenda item, the paragraph's adjuster when the chair is recused), the decision, the payment plan,
/// the reports' due dates and the agreement. The board and auditors read; only admins change anything.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class ApplicationModel(
    ApplicationReader reader, ApplicationDesk desk, ApplicationConflicts conflicts, BoardPlacement placement, BoardCases board,
    GrantDecisions decisions, PaymentPlans plans, Agreements agreements, GrantedInterventions interventions, IDocumentStore store, TimeProvider clock) : GrantsOfficePageModel
{
    public ApplicationFile Record { get; private set; } = null!;
    public List<BoardSeatHolder> Candidates { get; private set; } = [];
    public List<BoardMeetingChoice> Meetings { get; private set; } = [];
    public List<BoardDecision> Paragraphs { get; private set; } = [];
    public BoardDecision? DecisionParagraph { get; private set; }
    public BoardCaseParagraph? CaseParagraph { get; private set; }
    public string? InterventionName { get; private set; }
    public int ReportDueDays { get; private set; }

    public SupplementInput Supplement { get; set; } = new();
    public RecommendationInput Recommend { get; set; } = new();
    public ConflictInput Conflict { get; set; } = new();
    public ToBoardInput ToBoard { get; set; } = new();
    public AdjusterChoiceInput Adjuster { get; set; } = new();
    public DecisionInput Decision { get; set; } = new();
    public PaymentPlanInput Plan { get; set; } = new();
    public ReportDueInput ReportDays { get; set; } = new();
    public SigningInput Signing { get; set; } = new();

    public FundingApplication Application => Record.Application;
    public bool Decided => Application.State is ApplicationState.Granted or ApplicationState.PartlyGranted or ApplicationState.Rejected;
    public bool GrantedNow => Application.State is ApplicationState.Granted or ApplicationState.PartlyGranted;
    public bool CanDecide => Application.State is ApplicationState.ToBoard or ApplicationState.InPreparation or ApplicationState.Submitted;

    protected override string? SectionOf(string done) => done switch
    {
        "beredning" or "komplettering" or "forslag" or "atertagen" => "handlaggning",
        "jav" or "jav-sokt" or "jav-borttaget" => "jav",
        "styrelsen" or "justerare" => "styrelsen",
        "beslut" => "beslut",
        "betalplan" => "utbetalningar",
        "rapportdagar" => "redovisningar",
        "avtal" => "avtal",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reader.FileAsync(id, ct) is not { } file) return false;
        Record = file;
        var a = file.Application;
        if (IsAdmin)
        {
            Candidates = await conflicts.CandidatesAsync(ct);
            Meetings = await placement.MeetingsAsync(ct);
        }
        var (paragraphs, drafted) = await decisions.ParagraphsAsync(a, ct);
        Paragraphs = paragraphs;
        DecisionParagraph = a.DecisionParagraphId is { } p ? paragraphs.FirstOrDefault(x => x.Id == p) : null;
        CaseParagraph = a.AgendaItemId is { } item ? await board.ParagraphOfAsync(item, ct) : null;
        InterventionName = a.InterventionId is { } i ? await interventions.NameAsync(i, ct) : null;
        ReportDueDays = (await decisions.SettingsAsync(ct)).ReportDueDays;
        if (Decision.Outcome is null && ModelState.IsValid)
        {
            Decision = new DecisionInput
            {
                ParagraphId = drafted?.ToString(),
                DecidedOn = SwedishTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Years = [.. file.Years.Select(y => new YearAmountInput { Year = y, Amount = file.AppliedFor(y).ToString(CultureInfo.InvariantCulture) })],
            };
        }
        if (Plan.Rows is null || ModelState.IsValid)
        {
            Plan = new PaymentPlanInput
            {
                Rows = [.. file.Payments.Select(x => new PaymentRowInput
                {
                    Id = x.Id.ToString(),
                    Year = x.Year,
                    Amount = x.Amount.ToString(CultureInfo.InvariantCulture),
                    Condition = x.Condition.ToString(),
                    NotBefore = x.NotBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }), new PaymentRowInput(), new PaymentRowInput()],
            };
        }
        if (ReportDays.Days is null) ReportDays = new ReportDueInput { Days = ReportDueDays.ToString(CultureInfo.InvariantCulture) };
        return true;
    }

    /// <summary>Runs an admin's action on an application of this association: 404 for any other id, 403 for anyone not admin.</summary>
    private async Task<IActionResult> AdminAsync<T>(Guid id, string prefix, string done, Func<Task<Outcome<T>>> action, CancellationToken ct)
    {
        if (!await reader.ExistsAsync(id, ct)) return NotFound();
        if (!IsAdmin) return Forbid();
        return await AnswerAsync(await action(), prefix, done, () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        if (await reader.FileAsync(id, ct) is not { } file || file.Attachments.FirstOrDefault(x => x.Id == attachmentId) is not { } attachment) return NotFound();
        var content = await store.OpenReadAsync(attachment.StorageKey, ct);
        return content is null ? NotFound() : File(content, attachment.ContentType, FileNames.Clean(attachment.FileName) is { Length: > 0 } name ? name : "bilaga");
    }

    public async Task<IActionResult> OnGetVersionAsync(Guid id, int number, CancellationToken ct)
    {
        if (await reader.FileAsync(id, ct) is not { } file || file.Versions.FirstOrDefault(v => v.Number == number) is not { PdfStorageKey: { } key }) return NotFound();
        var content = await store.OpenReadAsync(key, ct);
        return content is null ? NotFound() : File(content, "application/pdf", number == 1 ? $"Ansokan-{file.Application.Number}.pdf" : $"Reviderad-ansokan-{file.Application.Number}-version-{number}.pdf");
    }

    public Task<IActionResult> OnPostTakeUpAsync(Guid id, CancellationToken ct) => AdminAsync(id, "", "beredning", () => desk.TakeUpAsync(id, ct), ct);

    public Task<IActionResult> OnPostSupplementAsync(Guid id, [Bind(Prefix = nameof(Supplement))] SupplementInput input, CancellationToken ct)
    {
        Supplement = input;
        return AdminAsync(id, nameof(Supplement), "komplettering", () => desk.RequestSupplementAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRecommendAsync(Guid id, [Bind(Prefix = nameof(Recommend))] RecommendationInput input, CancellationToken ct)
    {
        Recommend = input;
        return AdminAsync(id, nameof(Recommend), "forslag", () => desk.RecommendAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => AdminAsync(id, "", "atertagen", () => desk.WithdrawAsync(id, ct), ct);

    public Task<IActionResult> OnPostFindConflictsAsync(Guid id, CancellationToken ct) => AdminAsync(id, "", "jav-sokt", () => conflicts.FindAsync(id, ct), ct);

    public Task<IActionResult> OnPostConflictAsync(Guid id, [Bind(Prefix = nameof(Conflict))] ConflictInput input, CancellationToken ct)
    {
        Conflict = input;
        return AdminAsync(id, nameof(Conflict), "jav", () => conflicts.DeclareAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveConflictAsync(Guid id, Guid conflictId, CancellationToken ct) =>
        AdminAsync(id, "", "jav-borttaget", () => conflicts.RemoveAsync(id, conflictId, ct), ct);

    public Task<IActionResult> OnPostToBoardAsync(Guid id, [Bind(Prefix = nameof(ToBoard))] ToBoardInput input, CancellationToken ct)
    {
        ToBoard = input;
        return AdminAsync(id, nameof(ToBoard), "styrelsen", () => placement.PlaceAsync(id, input, ct), ct);
    }

    public async Task<IActionResult> OnPostAdjusterAsync(Guid id, [Bind(Prefix = nameof(Adjuster))] AdjusterChoiceInput input, CancellationToken ct)
    {
        Adjuster = input;
        if (await reader.FileAsync(id, ct) is not { Application.AgendaItemId: { } item }) return await AdminAsync<string>(id, nameof(Adjuster), "justerare", () => Task.FromResult<Outcome<string>>(Outcomes.Conflict("Ansökan ligger inte på styrelsens dagordning.")), ct);
        return await AdminAsync(id, nameof(Adjuster), "justerare", () => board.AddParagraphAdjusterAsync(item, input.AttendanceId, ct), ct);
    }

    public Task<IActionResult> OnPostDecisionAsync(Guid id, [Bind(Prefix = nameof(Decision))] DecisionInput input, CancellationToken ct)
    {
        Decision = input;
        return AdminAsync(id, nameof(Decision), "beslut", () => decisions.DecideAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostPlanAsync(Guid id, [Bind(Prefix = nameof(Plan))] PaymentPlanInput input, CancellationToken ct)
    {
        Plan = input;
        return AdminAsync(id, nameof(Plan), "betalplan", () => plans.SaveAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostReportDaysAsync(Guid id, [Bind(Prefix = nameof(ReportDays))] ReportDueInput input, CancellationToken ct)
    {
        ReportDays = input;
        return AdminAsync(id, nameof(ReportDays), "rapportdagar", () => decisions.SaveReportDueDaysAsync(id, input.Days, ct), ct);
    }

    public Task<IActionResult> OnPostSignAsync(Guid id, [Bind(Prefix = nameof(Signing))] SigningInput input, CancellationToken ct)
    {
        Signing = input;
        return AdminAsync(id, nameof(Signing), "avtal", () => agreements.SignAsync(id, input, ct), ct);
    }

}
