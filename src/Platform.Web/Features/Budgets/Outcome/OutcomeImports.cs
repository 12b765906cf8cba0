using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// Imports the accounting program's SIE 4 file: only the association's own books (its organisation number), never the
/// same file twice, kept as read (öre per result account and month) so that a corrected mapping re-reads it.
/// </summary>
internal sealed class OutcomeImports(TenantDb db, FeeContributions fees, OutcomeLedger ledger, TimeProvider clock, AuditLog audit)
{
    public const int MaxFileBytes = 20 * 1024 * 1024;
    public const string NoImport = "Det finns ingen sådan inläsning i förbundet.";

    /// <summary>
    /// Reads and stores a SIE 4 file. The demo seeder calls this too. Field errors on "file" for what is not a readable
    /// SIE 4 file or is another organisation's; a conflict for a file already imported.
    /// </summary>
    public async Task<Outcome<ImportSummary>> ImportAsync(byte[] content, string fileName, string importedBy, CancellationToken ct)
    {
        if (content.Length > MaxFileBytes) return Outcomes.Invalid("file", "Filen är större än 20 MB; välj SIE 4-filen för ett räkenskapsår.");
        var read = SieReader.Read(content);
        if (!read.Succeeded) return read.Select(_ => default(ImportSummary)!);
        var file = read.Value!;

        var own = await fees.OrganisationNumberAsync(ct);
        if (own is null)
            return Outcomes.Invalid("file", $"Förbundets organisationsnummer är inte ifyllt, så det går inte att se att filen ({file.OrganisationNumber}) gäller förbundet. Fyll i det under Fakturering (/admin/fakturering) och läs sedan in filen.");
        if (Digits(own) != Digits(file.OrganisationNumber))
            return Outcomes.Invalid("file", $"Filen gäller organisationsnummer {file.OrganisationNumber}{(file.CompanyName is null ? "" : $" ({file.CompanyName})")}, men förbundets är {own}. Välj förbundets egen SIE-fil.");

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await db.SieImports.AsNoTracking().FirstOrDefaultAsync(i => i.FileHash == hash, ct) is { } earlier)
            return Outcomes.Conflict($"Filen är redan inläst den {SwedishTime.Format(earlier.ImportedAt)} av {earlier.ImportedBy} ({earlier.FileName}). Inget har lästs in en gång till.");

        var now = clock.GetUtcNow();
        var import = new SieImport
        {
            Id = Guid.CreateVersion7(now),
            FileHash = hash,
            FileName = Infrastructure.Documents.FileNames.Clean(fileName) is { Length: > 0 and <= 255 } name ? name : "sie4.se",
            OrganisationNumber = file.OrganisationNumber,
            CompanyName = Cut(file.CompanyName, 200),
            Program = Cut(file.Program, 200),
            FiscalYearStart = file.FiscalYearStart,
            FiscalYearEnd = file.FiscalYearEnd,
            ImportedAt = now.UtcDateTime,
            ImportedBy = importedBy,
        };
        import.Amounts = [.. file.Months.Select(m => new SieAmount
        {
            ImportId = import.Id,
            Account = m.Account.Length > 10 ? m.Account[..10] : m.Account,
            AccountName = Cut(file.AccountNames.GetValueOrDefault(m.Account), 200) ?? "",
            Year = m.Year,
            Month = m.Month,
            AmountOre = m.AmountOre,
        })];
        db.SieImports.Add(import);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcomes.Conflict("Filen lästes in av någon annan i samma stund. Inget har lästs in en gång till.");
        }
        await audit.RecordAsync(AuditEvents.BudgetOutcomeChanged, $"SIE-fil {import.FileName}",
            $"Räkenskapsår {import.FiscalYearStart:yyyy-MM-dd}–{import.FiscalYearEnd:yyyy-MM-dd}, {import.Amounts.Select(a => a.Account).Distinct().Count()} resultatkonton.", ct);
        return Outcomes.Ok(await SummaryAsync(import, file.Source, ct));
    }

    public async Task<List<ImportSummary>> ListAsync(CancellationToken ct)
    {
        var imports = await db.SieImports.AsNoTracking().Include(i => i.Amounts).OrderByDescending(i => i.ImportedAt).ToListAsync(ct);
        var list = new List<ImportSummary>();
        foreach (var i in imports) list.Add(await SummaryAsync(i, null, ct));
        return list;
    }

    public async Task<Outcome<ImportSummary>> GetAsync(Guid id, CancellationToken ct) =>
        await db.SieImports.AsNoTracking().Include(i => i.Amounts).FirstOrDefaultAsync(i => i.Id == id, ct) is { } import
            ? Outcomes.Ok(await SummaryAsync(import, null, ct))
            : Outcomes.NotFound(NoImport);

    /// <summary>Removes an import with its amounts; the fiscal year's next newest import counts again.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var import = await db.SieImports.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return Outcomes.NotFound(NoImport);
        db.SieImports.Remove(import);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetOutcomeChanged, $"SIE-fil {import.FileName}", $"Inläsningen från {SwedishTime.Format(import.ImportedAt)} är borttagen.", ct);
        return Outcomes.Done();
    }

    private async Task<ImportSummary> SummaryAsync(SieImport import, SieSource? source, CancellationToken ct)
    {
        var counting = await ledger.CountingImportsAsync(ct);
        var mappings = await db.AccountMappings.AsNoTracking().Select(m => m.Account).ToListAsync(ct);
        var mapped = mappings.ToHashSet(StringComparer.Ordinal);
        var amounts = import.Amounts;
        var unmapped = amounts.Where(a => !mapped.Contains(a.Account)).GroupBy(a => a.Account)
            .Select(g => new UnmappedAccount(g.Key, g.First().AccountName, OutcomeLedger.Kronor(g.Sum(a => a.AmountOre))))
            .Where(u => u.Kronor != 0).OrderBy(u => u.Account, StringComparer.Ordinal).ToList();
        return new ImportSummary(
            import.Id, import.FileName, import.OrganisationNumber, import.CompanyName, import.Program,
            import.FiscalYearStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), import.FiscalYearEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            import.ImportedAt, import.ImportedBy,
            amounts.Select(a => a.Account).Distinct().Count(),
            [.. amounts.Select(a => $"{a.Year:D4}-{a.Month:D2}").Distinct().Order(StringComparer.Ordinal)],
            OutcomeLedger.Kronor(-amounts.Where(a => a.Account[0] == '3').Sum(a => a.AmountOre)),
            OutcomeLedger.Kronor(amounts.Where(a => a.Account[0] is >= '4' and <= '7').Sum(a => a.AmountOre)),
            counting.Any(c => c.Id == import.Id),
            source?.Code(),
            unmapped);
    }

    private static string Digits(string number) => new([.. number.Where(char.IsAsciiDigit)]);

    private static string? Cut(string? text, int max) => text is null ? null : text.Length > max ? text[..max] : text;
}
