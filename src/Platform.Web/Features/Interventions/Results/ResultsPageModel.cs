using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure;

namespace Platform.Features.Interventions.Results;

/// <summary>The results page and the printable report: the period from ?fran=&amp;till=, this half-year when none is given.</summary>
internal abstract class ResultsPageModel(InterventionResults results, TimeProvider clock) : PageModel
{
    public Intervention Intervention { get; private set; } = null!;
    public ResultsReport? Report { get; private set; }
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";
    public IReadOnlyList<(string Label, DateOnly From, DateOnly To)> QuickChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? fran, string? till, CancellationToken ct)
    {
        if (await results.FindAsync(id, ct) is not { } intervention) return NotFound();
        Intervention = intervention;
        QuickChoices = ResultsPeriods.QuickChoices(intervention, SwedishTime.Today(clock));
        if (fran is null && till is null)
        {
            fran = ResultsFormat.Date(QuickChoices[0].From);
            till = ResultsFormat.Date(QuickChoices[0].To);
        }
        From = fran ?? "";
        To = till ?? "";
        var outcome = await results.ForAsync(id, fran, till, ct);
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Kind == OutcomeKind.Invalid)
        {
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError(field == "from" ? "fran" : "till", message);
            return Page();
        }
        Report = outcome.Value;
        return Page();
    }
}
