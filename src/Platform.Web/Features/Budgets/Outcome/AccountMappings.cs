using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// Which budget line each account of the chart goes to: mapped once, and every import (earlier ones too, since the
/// outcome is computed when read) follows a corrected mapping.
/// </summary>
internal sealed class AccountMappings(TenantDb db, OutcomeLedger ledger, TimeProvider clock, AuditLog audit)
{
    /// <summary>Every account seen in an import or mapped, by number.</summary>
    public async Task<List<AccountRow>> ListAsync(CancellationToken ct)
    {
        var counting = (await ledger.CountingImportsAsync(ct)).Select(i => i.Id).ToList();
        var importedAt = await db.SieImports.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.ImportedAt, ct);
        var seen = (await db.SieAmounts.AsNoTracking().Select(a => new { a.Account, a.AccountName, a.ImportId, a.AmountOre }).ToListAsync(ct))
            .Select(a => new { a.Account, a.AccountName, a.ImportId, a.AmountOre, ImportedAt = importedAt[a.ImportId] }).ToList();
        var mappings = await db.AccountMappings.AsNoTracking().ToDictionaryAsync(m => m.Account, m => m.ItemId, ct);
        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        return [.. seen.Select(s => s.Account).Concat(mappings.Keys).Distinct().Order(StringComparer.Ordinal).Select(account =>
        {
            var rows = seen.Where(s => s.Account == account).ToList();
            var item = mappings.TryGetValue(account, out var id) ? id : (Guid?)null;
            return new AccountRow(account,
                rows.OrderByDescending(r => r.ImportedAt).Select(r => r.AccountName).FirstOrDefault(n => n.Length > 0) ?? "",
                OutcomeLedger.Kronor(rows.Where(r => counting.Contains(r.ImportId)).Sum(r => r.AmountOre)),
                item, item is { } i ? items.GetValueOrDefault(i) : null);
        })];
    }

    /// <summary>
    /// Saves the rows: an account with a line is mapped to it, one without has its mapping removed; rows with no account
    /// are left out. An account twice, an account that is not a number or a line that does not exist: field errors, nothing saved.
    /// </summary>
    public async Task<Outcome<List<AccountRow>>> SaveAsync(MappingInput input, string actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var wanted = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        for (var r = 0; r < input.Rows.Count; r++)
        {
            var row = input.Rows[r];
            var account = row.Account?.Trim();
            if (string.IsNullOrEmpty(account)) continue;
            if (account.Length is < 4 or > 10 || !account.All(char.IsAsciiDigit))
            {
                errors.Add($"rows[{r}].Account", $"Ange kontonumret med siffror, till exempel 5010 (inte \"{account}\").");
                continue;
            }
            if (wanted.ContainsKey(account))
            {
                errors.Add($"rows[{r}].Account", $"Kontot {account} är redan valt på en annan rad.");
                continue;
            }
            var item = errors.Id($"rows[{r}].ItemId", row.ItemId, "budgetpost", required: false);
            if (item is { } id && !items.ContainsKey(id)) errors.Add($"rows[{r}].ItemId", "Välj en budgetpost i listan.");
            wanted[account] = item;
        }
        if (errors.Any) return Outcomes.Invalid(errors);

        var keys = wanted.Keys.ToList();
        var saved = await db.AccountMappings.Where(m => keys.Contains(m.Account)).ToDictionaryAsync(m => m.Account, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<string>();
        foreach (var (account, item) in wanted)
        {
            saved.TryGetValue(account, out var mapping);
            if (item is null)
            {
                if (mapping is null) continue;
                db.AccountMappings.Remove(mapping);
                changes.Add($"{account} utan budgetpost");
            }
            else if (mapping is null)
            {
                db.AccountMappings.Add(new AccountMapping { Account = account, ItemId = item.Value, UpdatedAt = now, UpdatedBy = actor });
                changes.Add($"{account} → {items[item.Value].Name}");
            }
            else if (mapping.ItemId != item)
            {
                mapping.ItemId = item.Value;
                mapping.UpdatedAt = now;
                mapping.UpdatedBy = actor;
                changes.Add($"{account} → {items[item.Value].Name}");
            }
        }
        if (changes.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(AuditEvents.BudgetOutcomeChanged, "Kontomappning", string.Join("; ", changes), ct);
        }
        return Outcomes.Ok(await ListAsync(ct));
    }
}
