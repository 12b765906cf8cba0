using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// Outcome entered by hand, per line and month, in whole kronor: it replaces what the imports say for that line and
/// month (for a line the books do not have, or a month not yet exported). Entering the same line and month again changes it.
/// </summary>
internal sealed class OutcomeEntries(TenantDb db, TimeProvider clock, AuditLog audit)
{
    public const string NoEntry = "Det finns inget sådant utfall inlagt för hand.";
    public const string BadAmount = "Ange beloppet i hela kronor, till exempel 225 000.";

    public async Task<List<EntryView>> ListAsync(int year, CancellationToken ct)
    {
        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return [.. (await db.OutcomeEntries.AsNoTracking().Where(e => e.Year == year).ToListAsync(ct))
            .OrderBy(e => e.Month).ThenBy(e => items.GetValueOrDefault(e.ItemId), StringComparer.Ordinal)
            .Select(e => View(e, items.GetValueOrDefault(e.ItemId) ?? ""))];
    }

    public async Task<EntryView?> GetAsync(Guid id, CancellationToken ct) =>
        await db.OutcomeEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e
            ? View(e, await db.BudgetItems.Where(i => i.Id == e.ItemId).Select(i => i.Name).FirstAsync(ct))
            : null;

    public async Task<Outcome<EntryView>> SaveAsync(EntryInput input, string actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var itemId = errors.Id("itemId", input.ItemId, "budgetpost");
        var item = itemId is { } id ? await db.BudgetItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) : null;
        if (itemId is not null && item is null) errors.Add("itemId", "Välj en budgetpost i listan.");
        if (input.Year is not { } year || !BudgetYears.InRange(year)) errors.Add("year", BudgetYears.OutOfRange);
        if (input.Month is not (>= 1 and <= 12)) errors.Add("month", "Välj en månad, 1 till 12.");
        var amount = Whole(input.Amount);
        if (amount is null) errors.Add("amount", BadAmount);
        var note = errors.Text("note", input.Note, "anteckningen", 500);
        if (errors.Any) return Outcomes.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await db.OutcomeEntries.FirstOrDefaultAsync(e => e.ItemId == item!.Id && e.Year == input.Year && e.Month == input.Month, ct);
        if (entry is null)
        {
            entry = new OutcomeEntry { Id = Guid.CreateVersion7(clock.GetUtcNow()), ItemId = item!.Id, Year = input.Year!.Value, Month = input.Month!.Value, EnteredBy = actor };
            db.OutcomeEntries.Add(entry);
        }
        entry.Amount = amount!.Value;
        entry.Note = note;
        entry.EnteredAt = now;
        entry.EnteredBy = actor;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetOutcomeChanged, $"Utfall {item!.Name} {entry.Year}-{entry.Month:D2}", $"{Money.Kronor(entry.Amount)} för hand.", ct);
        return Outcomes.Ok(View(entry, item.Name));
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.OutcomeEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return Outcomes.NotFound(NoEntry);
        var name = await db.BudgetItems.Where(i => i.Id == entry.ItemId).Select(i => i.Name).FirstAsync(ct);
        db.OutcomeEntries.Remove(entry);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetOutcomeChanged, $"Utfall {name} {entry.Year}-{entry.Month:D2}", "Utfallet för hand är borttaget; inläsningen gäller igen.", ct);
        return Outcomes.Done();
    }

    /// <summary>Whole kronor as typed: "225 000", "225000", "-1 500" (a credit month); no decimals.</summary>
    public static long? Whole(string? text)
    {
        var t = text?.Trim().Replace('\u2212', '-');
        if (string.IsNullOrEmpty(t)) return null;
        var negative = t.StartsWith('-');
        if (negative) t = t[1..];
        if (t.EndsWith("kr", StringComparison.OrdinalIgnoreCase)) t = t[..^2];
        var cleaned = t.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (cleaned.Length is 0 or > 12 || !cleaned.All(char.IsAsciiDigit)) return null;
        var value = long.Parse(cleaned, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    private static EntryView View(OutcomeEntry e, string itemName) => new(e.Id, e.ItemId, itemName, e.Year, e.Month, e.Amount, e.Note, e.EnteredAt, e.EnteredBy);
}
