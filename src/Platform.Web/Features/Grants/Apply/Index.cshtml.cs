using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Grants.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Apply;

/// <summary>
/// The public application form (/ansok), no account: a new application, or a draft or revision continued from
/// the emailed link (/ansok/{key}). A wrong key, another association's, or one of a submitted application is 404.
/// </summary>
[TenantEndpoint, AllowAnonymous, IgnoreAntiforgeryToken]
[RequestFormLimits(MultipartBodyLengthLimit = 60 * 1024 * 1024)]
internal sealed class IndexModel(ApplicationForm form, AttemptLimiter limiter, TimeProvider clock) : FormPageModel
{
    public const int BlankParties = 2, BlankGoals = 3;

    protected override IReadOnlyDictionary<string, string> Confirmations => ApplyTexts.Confirmations;

    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty] public ApplicationInput Form { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public ApplicationTemplate Template { get; private set; } = null!;
    public FundingApplication? Application { get; private set; }
    public SupplementRequest? OpenRequest { get; private set; }
    public List<ApplicationAttachment> Attachments { get; private set; } = [];
    /// <summary>The attachment the applicant asked to remove, shown for confirmation.</summary>
    public ApplicationAttachment? Removing { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? tabort, CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } notFound) return notFound;
        if (Application is not null) Form = await form.InputOfAsync(Application, ct);
        if (tabort is { } id) Removing = Attachments.FirstOrDefault(a => a.Id == id);
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } notFound) return notFound;
        if (!Allowed()) return Refused();
        var saved = await form.SaveDraftAsync(Application, Form, Upload, ct);
        if (saved.Succeeded)
            return Application is null
                ? Redirect($"/ansok?klart={ApplyTexts.DraftSent}")
                : Redirect($"/ansok/{Key}?klart={ApplyTexts.DraftSaved}");
        return Invalid(saved.Errors);
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } notFound) return notFound;
        if (!Allowed()) return Refused();
        var submitted = await form.SubmitAsync(Application, Form, Upload, ct);
        if (submitted.Succeeded) return Redirect($"/ansok?klart={ApplyTexts.Submitted}");
        return Invalid(submitted.Errors);
    }

    /// <summary>One more blank row of cooperating parties; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddPartyAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } notFound) return notFound;
        Form.Parties.Add(new PartyInput());
        Fill();
        ModelState.Clear();
        return Page();
    }

    /// <summary>One more blank goal row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddGoalAsync(CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } notFound) return notFound;
        Form.Goals.Add(new GoalInput());
        Fill();
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(Guid attachmentId, CancellationToken ct)
    {
        if (await OpenAsync(ct) is { } refused) return refused;
        if (Application is null) return NotFound();
        var removed = await form.RemoveAttachmentAsync(Application, attachmentId, ct);
        return removed.Succeeded ? Redirect($"/ansok/{Key}?klart={ApplyTexts.AttachmentRemoved}") : NotFound();
    }

    private async Task<IActionResult?> OpenAsync(CancellationToken ct)
    {
        // A post's token is checked here, not by the framework: another association's key must be 404 whoever posts it.
        var antiforgery = HttpMethods.IsPost(Request.Method) ? await PublicFormAntiforgery.CheckAsync(HttpContext) : new PublicFormAntiforgery.Check(Valid: true, FromBrowser: true);
        if (antiforgery.RefuseBeforeKey) return BadRequest();
        Template = await form.TemplateAsync(ct);
        if (Key is not null)
        {
            Application = await form.FindAsync(Key, ct);
            if (Application is null) return NotFound();
        }
        if (!antiforgery.Valid) return BadRequest();
        if (Application is null) return null;
        OpenRequest = Application.State == ApplicationState.SupplementRequested ? await form.OpenRequestAsync(Application.Id, ct) : null;
        Attachments = await form.AttachmentsAsync(Application.Id, ct);
        return null;
    }

    // Public posts, per address and association: enough for a person, not for a script.
    private bool Allowed() =>
        limiter.TryAttempt($"grant-form:{Request.Host.Host}:{HttpContext.Connection.RemoteIpAddress}", 40, TimeSpan.FromMinutes(10));

    private PageResult Refused()
    {
        Refusal = "Du har skickat formuläret många gånger på kort tid. Vänta några minuter och försök igen; det du skrivit finns kvar nedan.";
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Fill();
        return Page();
    }

    private PageResult Invalid(IReadOnlyDictionary<string, string[]>? errors)
    {
        foreach (var (field, messages) in errors ?? new Dictionary<string, string[]>())
            foreach (var message in messages) ModelState.AddModelError($"Form.{field}", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Fill();
        return Page();
    }

    /// <summary>Blank rows to fill in, and the budget's years: the period's, and any year a cell was typed for.</summary>
    private void Fill()
    {
        while (Form.Parties.Count < BlankParties) Form.Parties.Add(new PartyInput());
        while (Form.Goals.Count < BlankGoals) Form.Goals.Add(new GoalInput());
        var period = ApplicationPeriod.Years(Dated(Form.PeriodStart), Dated(Form.PeriodEnd));
        var typed = Form.Budget.Where(c => !string.IsNullOrWhiteSpace(c.Value) && c.Key.Length > 33)
            .Select(c => int.TryParse(c.Key.AsSpan(33), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : 0)
            .Where(y => y is >= 1990 and <= 2199);
        var thisYear = SwedishTime.DateOf(clock.GetUtcNow().UtcDateTime).Year;
        Years = period.Concat(typed).Distinct().Order().ToList() is { Count: > 0 } years ? years : [thisYear, thisYear + 1];
    }

    private static DateOnly? Dated(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The amount of a cell when it is one (for the sums shown beside a refused form too).</summary>
    public long Cell(Guid costType, int year) =>
        Form.Budget.GetValueOrDefault(ApplicationInput.CellKey(costType, year)) is { } text && !string.IsNullOrWhiteSpace(text) && BudgetAmounts.Parse(text).Amount is { } a ? a : 0;
}
