using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.LegalDates;

/// <summary>
/// The date helper for people: when an adjustment must be posted, and how long the notice must
/// stay up. Plain GET forms, so it works without JavaScript and the answer has its own address.
/// </summary>
[AnonymousEndpoint, AllowAnonymous]
internal sealed class IndexModel(TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "justerad")]
    public string? AdjustedOn { get; set; }

    [BindProperty(SupportsGet = true, Name = "anslagen")]
    public string? PostedOn { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public PostingDeadlineDto? Posting { get; private set; }
    public AppealPeriodDto? Appeal { get; private set; }
    public IReadOnlyList<Holiday> DaysOff { get; private set; } = [];

    public void OnGet()
    {
        if (!string.IsNullOrWhiteSpace(AdjustedOn))
        {
            if (CalendarDate.TryParse(AdjustedOn, out var adjusted)) Posting = new(adjusted, NoticeBoardDates.PostingDeadline(adjusted));
            else ModelState.AddModelError(nameof(AdjustedOn), CalendarDate.Problem(AdjustedOn));
        }
        if (!string.IsNullOrWhiteSpace(PostedOn))
        {
            if (CalendarDate.TryParse(PostedOn, out var posted)) Appeal = new(posted, NoticeBoardDates.LastAppealDay(posted), NoticeBoardDates.EarliestTakedown(posted));
            else ModelState.AddModelError(nameof(PostedOn), CalendarDate.Problem(PostedOn));
        }
        var year = Year is >= CalendarDate.FirstYear and <= CalendarDate.LastYear ? Year.Value : SwedishTime.Today(clock).Year;
        Year = year;
        DaysOff = [.. SwedishHolidays.PublicHolidays(year).Concat(SwedishHolidays.Eves(year)).OrderBy(h => h.Date)];
    }

    /// <summary>"fredag 17 maj 2024".</summary>
    public static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", SwedishTime.Culture);
}
