using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Persistence;

namespace Platform.Features.Interventions.Results;

/// <summary>An intervention's results for a period, for the page, the printable report and the API: figures only.</summary>
internal sealed class InterventionResults(TenantDb db, ResultsLoader loader)
{
    public const string NotFoundMessage = "Insatsen finns inte.";

    /// <summary>Reads the period (YYYY-MM-DD) and computes; field errors under "from" and "to". An unknown intervention is not found whatever the dates.</summary>
    public async Task<Outcome<ResultsReport>> ForAsync(Guid id, string? from, string? to, CancellationToken ct)
    {
        if (!await db.Interventions.AnyAsync(i => i.Id == id, ct)) return Outcomes.NotFound(NotFoundMessage);
        var errors = new FieldErrors();
        var first = errors.Date("from", from, "startdatum");
        var last = errors.Date("to", to, "slutdatum");
        if (first > last) errors.Add("to", "Slutdatumet får inte vara före startdatumet.");
        if (errors.Any) return Outcomes.Invalid(errors);
        return await ForAsync(id, first!.Value, last!.Value, ct);
    }

    public async Task<Outcome<ResultsReport>> ForAsync(Guid id, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await db.Interventions.AnyAsync(i => i.Id == id, ct)) return Outcomes.NotFound(NotFoundMessage);
        var data = await loader.LoadAsync(id, from.Year, to.Year, new DateOnly(from.Year, from.Month, 1), ct);
        return Outcomes.Ok(ResultsCalculator.Compute(data, data.Interventions.Single(), from, to));
    }

    /// <summary>The intervention's name and dates, for the period chooser (null when it does not exist).</summary>
    public Task<Intervention?> FindAsync(Guid id, CancellationToken ct) =>
        db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
}
