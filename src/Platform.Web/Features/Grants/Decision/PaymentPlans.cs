using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Office;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// Changes a grant's payment plan before the payments are made: rows added, changed or removed, as long as
/// each year's rows add up to that year's grant. A paid row stays as it is. Refused input writes nothing.
/// </summary>
internal sealed class PaymentPlans(TenantDb db, TimeProvider clock, ApplicationHistory history)
{
    public static readonly IReadOnlyDictionary<PaymentCondition, string> Conditions = new Dictionary<PaymentCondition, string>
    {
        [PaymentCondition.AgreementSigned] = "Avtalet tecknat",
        [PaymentCondition.ReportApproved] = "Årets redovisning godkänd",
    };

    public async Task<Outcome<List<GrantPayment>>> SaveAsync(Guid id, PaymentPlanInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State is not (ApplicationState.Granted or ApplicationState.PartlyGranted)) return Outcomes.Conflict("Ansökan är inte beviljad, så den har ingen utbetalningsplan.");
        var granted = await db.GrantYears.Where(g => g.ApplicationId == id).ToDictionaryAsync(g => g.Year, g => g.Amount, ct);
        var existing = await db.GrantPayments.Where(p => p.ApplicationId == id).ToListAsync(ct);
        var errors = new FieldErrors();
        var rows = input.Rows ?? [];
        var kept = new List<(GrantPayment? Existing, int Year, long Amount, PaymentCondition Condition, DateOnly? NotBefore)>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            GrantPayment? payment = null;
            if (!string.IsNullOrWhiteSpace(row.Id))
            {
                payment = Guid.TryParse(row.Id, out var pid) ? existing.FirstOrDefault(p => p.Id == pid) : null;
                if (payment is null) return Outcomes.NotFound("Utbetalningen finns inte i ansökans plan.");
                seen.Add(payment.Id);
            }
            else if (string.IsNullOrWhiteSpace(row.Amount)) continue; // an empty row for a new payment, left empty
            if (payment?.PaidOn is not null)
            {
                // What was paid is history: it counts, and stays as it is.
                if (row.Remove) errors.Add($"rows[{i}].remove", "Utbetalningen är gjord och kan inte tas bort.");
                kept.Add((payment, payment.Year, payment.Amount, payment.Condition, payment.NotBefore));
                continue;
            }
            if (row.Remove) continue;
            var year = row.Year ?? payment?.Year;
            if (year is not { } y || !granted.ContainsKey(y))
            {
                errors.Add($"rows[{i}].year", granted.Count == 0 ? "Inget år är beviljat." : $"Välj ett av de beviljade åren: {string.Join(", ", granted.Keys.Order())}.");
                continue;
            }
            if (KronorText.Parse(row.Amount) is not { } amount || amount <= 0) { errors.Add($"rows[{i}].amount", "Ange beloppet i hela kronor, större än noll."); continue; }
            var condition = string.IsNullOrWhiteSpace(row.Condition) ? PaymentCondition.AgreementSigned : errors.Enum($"rows[{i}].condition", row.Condition, Conditions);
            var notBefore = errors.Date($"rows[{i}].notBefore", row.NotBefore, "tidigast", required: false);
            kept.Add((payment, y, amount, condition, notBefore));
        }
        // Rows the form did not send are kept as they are (a client that sends only new rows adds them).
        foreach (var payment in existing.Where(p => !seen.Contains(p.Id)))
            kept.Add((payment, payment.Year, payment.Amount, payment.Condition, payment.NotBefore));
        if (!errors.Any)
        {
            foreach (var (year, amount) in granted.OrderBy(g => g.Key))
            {
                var sum = kept.Where(k => k.Year == year).Sum(k => k.Amount);
                if (sum != amount)
                {
                    var index = rows.FindIndex(r => (r.Year ?? existing.FirstOrDefault(p => r.Id == p.Id.ToString())?.Year) == year);
                    errors.Add(index >= 0 ? $"rows[{index}].amount" : "rows",
                        $"Utbetalningarna för {year} blir {Money.Kronor(sum)} men beviljat för {year} är {Money.Kronor(amount)}. Summan av årets utbetalningar ska vara det beviljade beloppet.");
                }
            }
        }
        if (errors.Any) return Outcomes.Invalid(errors);

        var keptIds = kept.Where(k => k.Existing is not null).Select(k => k.Existing!.Id).ToHashSet();
        db.GrantPayments.RemoveRange(existing.Where(p => !keptIds.Contains(p.Id)));
        foreach (var group in kept.GroupBy(k => k.Year))
        {
            var order = 0;
            foreach (var k in group.OrderBy(k => k.Existing?.PaidOn is null).ThenBy(k => k.Existing?.Order ?? int.MaxValue))
            {
                var payment = k.Existing;
                if (payment is null)
                {
                    payment = new GrantPayment { Id = Guid.CreateVersion7(clock.GetUtcNow()), ApplicationId = id };
                    db.GrantPayments.Add(payment);
                }
                if (payment.PaidOn is null)
                {
                    payment.Year = k.Year;
                    payment.Amount = k.Amount;
                    payment.Condition = k.Condition;
                    payment.NotBefore = k.NotBefore;
                }
                payment.Order = ++order;
            }
        }
        history.Add(a, $"Utbetalningsplanen ändrad: {string.Join("; ", kept.OrderBy(k => k.Year).Select(k => $"{k.Year} {Money.Kronor(k.Amount)} {k.Condition.SwedishLabel().ToLowerInvariant()}"))}.");
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.GrantDecisionChanged, a, "Utbetalningsplanen ändrad", ct);
        return Outcomes.Ok(await db.GrantPayments.AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.Year).ThenBy(p => p.Order).ToListAsync(ct));
    }
}
