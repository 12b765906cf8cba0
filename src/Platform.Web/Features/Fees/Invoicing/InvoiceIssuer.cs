using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Settings;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Fees.Invoicing;

/// <summary>
/// Creates the members' invoices from the year's fee decision, period by period, credits them, and
/// reminds when they are late. Each invoice is saved with its email in one transaction under a unique
/// key per member, period and issue, so whatever reruns, retries or double clicks happen a member
/// gets one invoice per period (and a new one only after a credit note that asks for it). One
/// member's failure never stops the others (<see cref="InvoicingFailures"/>); the reminders are
/// <see cref="PaymentReminders"/>.
/// </summary>
internal sealed class InvoiceIssuer(
    TenantDb db,
    FeeSettingsStore settingsStore,
    EmailOutbox outbox,
    AssociationLetterhead letterhead,
    TimeProvider clock,
    OutboxDispatch dispatch,
    AuditLog audit,
    InvoicingFailures failures,
    ILogger<InvoiceIssuer> logger)
{
    public const string Automatic = "Plattformen (automatiskt)";

    /// <summary>The year's invoices that stand: not credit notes and not credited.</summary>
    public static IQueryable<Invoice> OpenInvoices(TenantDb db, int year) =>
        db.Invoices.Where(i => i.Year == year && i.Kind == InvoiceKind.Invoice && !db.Set<Invoice>().Any(c => c.CreditsInvoiceId == i.Id));

    /// <summary>
    /// Makes the invoices due by <paramref name="asOf"/> (today, normally) for its year, dated that
    /// day, and sends those with an invoice address by email (unless <paramref name="email"/> is false).
    /// </summary>
    public async Task<InvoicingRun> RunAsync(DateOnly asOf, string actor, CancellationToken ct, bool email = true)
    {
        var settings = await settingsStore.GetAsync(ct);
        if (!settings.CanInvoice)
            return InvoicingRun.Refused("Faktureringsuppgifterna (organisationsnummer, bankgiro och adress) är inte ifyllda.");
        var decision = await db.FeeDecisions.AsNoTracking().Include(d => d.Shares).SingleOrDefaultAsync(d => d.Year == asOf.Year, ct);
        if (decision is null) return InvoicingRun.Refused($"Det finns inget avgiftsbeslut för {asOf.Year}.");

        var periods = InvoicePeriod.Of(asOf.Year, settings.Schedule);
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        var profile = await letterhead.GetAsync(ct);
        var earlierFailures = await failures.KeysAsync(ct);
        var failed = new List<InvoicingFailureView>();
        int created = 0, emailed = 0;
        // Numbered in the decision's order: the state, the regions, the municipalities, each by name.
        var shares = decision.Shares.Where(s => s.Amount > 0 && members.ContainsKey(s.MemberId)).InDecisionOrder(s => s.Kind, s => s.Member);
        foreach (var share in shares)
        {
            var amounts = PeriodAmounts(share, periods);
            foreach (var (period, kronor) in periods.Zip(amounts))
            {
                if (kronor == 0 || period.InvoiceDate(settings) > asOf) continue;
                var member = members[share.MemberId];
                var failureKey = $"faktura:{period.Key}:{member.Id:N}";
                // One member's failure (a name the PDF cannot print, a broken record) never stops the others.
                try
                {
                    var outcome = await CreateIfDueAsync(member, period, kronor, asOf, settings, profile, actor, email, ct);
                    if (outcome is not null)
                    {
                        created++;
                        if (outcome.EmailedAt is not null) emailed++;
                    }
                    if (earlierFailures.Contains(failureKey)) await failures.MendedAsync(failureKey, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed.Add(await failures.RecordAsync(failureKey, member.Id, member.Name, period.Year, period.Text, ex, ct));
                }
            }
        }
        if (emailed > 0) dispatch.Now();
        if (created > 0 || failed.Count > 0)
            await audit.RecordAsync(AuditEvents.InvoicesIssued, $"Fakturakörning {asOf:yyyy-MM-dd}",
                $"{created} {(created == 1 ? "faktura" : "fakturor")} skapade, {emailed} skickade med e-post{(created > emailed ? $", {created - emailed} utan e-postadress" : "")}"
                + (failed.Count > 0 ? $", {failed.Count} kunde inte skapas ({string.Join("; ", failed.Select(f => $"{f.Member}, {f.What}"))})." : "."), ct);
        return new(created, emailed, 0, null, failed);
    }

    /// <summary>A share's year amount over the periods, by the months that count in each (largest remainder: whole kronor, exact sum).</summary>
    public static long[] PeriodAmounts(FeeShare share, IReadOnlyList<InvoicePeriod> periods)
    {
        var weights = periods.Select(p => (long)p.Months.Count(share.Counts)).ToList();
        return weights.Sum() == 0 ? new long[periods.Count] : Apportionment.ByWeight(share.Amount, weights);
    }

    /// <summary>
    /// The member's invoice for the period, unless one stands already. The key counts the member's
    /// earlier invoices for the period, so a second run (or one at the same moment) hits the unique
    /// key and stops; a credit note that asks for a new invoice lets the next run make one.
    /// </summary>
    private async Task<Invoice?> CreateIfDueAsync(Member member, InvoicePeriod period, long kronor, DateOnly asOf, FeeSettings settings, AssociationProfile profile, string actor, bool email, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var earlier = await db.Invoices.AsNoTracking().Where(i => i.MemberId == member.Id && i.Period == period.Key).ToListAsync(ct);
            var issued = earlier.Where(i => i.Kind == InvoiceKind.Invoice).ToList();
            var standing = issued.Where(i => earlier.All(c => c.CreditsInvoiceId != i.Id)).ToList();
            var lastCredit = earlier.Where(i => i.Kind == InvoiceKind.CreditNote).MaxBy(i => i.Number);
            if (standing.Count > 0 || (issued.Count > 0 && lastCredit is not { Reissue: true })) return null;

            var invoice = await NewInvoiceAsync(member, period, kronor, asOf, settings, profile, actor, $"faktura:{period.Key}:{member.Id:N}:{issued.Count}", ct);
            if (email) await EmailAsync(invoice, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return invoice;
            }
            catch (DbUpdateException ex)
            {
                // Another run made this invoice (same key), or took the number: look again.
                logger.LogInformation(ex, "Invoice {Key} clashed with a concurrent run (attempt {Attempt})", invoice.Key, attempt + 1);
                db.ChangeTracker.Clear();
            }
        }
        throw new InvoiceNotMadeException("Fakturan kunde inte sparas i databasen (fem försök).");
    }

    private async Task<int> NextNumberAsync(FeeSettings settings, CancellationToken ct)
    {
        var last = await db.Invoices.MaxAsync(i => (int?)i.Number, ct) ?? 0;
        return Math.Max(last + 1, settings.FirstInvoiceNumber);
    }

    private async Task<Invoice> NewInvoiceAsync(Member member, InvoicePeriod period, long kronor, DateOnly asOf, FeeSettings settings, AssociationProfile profile, string actor, string key, CancellationToken ct)
    {
        var number = await NextNumberAsync(settings, ct);
        var net = kronor * 100;
        var now = clock.GetUtcNow();
        var invoice = new Invoice
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Kind = InvoiceKind.Invoice,
            Key = key,
            MemberId = member.Id,
            Year = period.Year,
            Period = period.Key,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Text = period.Text,
            InvoiceDate = asOf,
            DueDate = asOf.AddDays(settings.DaysToPay),
            Net = net,
            VatPercent = settings.VatPercent,
            Vat = (long)Math.Round(net * settings.VatPercent / 100m, MidpointRounding.AwayFromZero),
            Ocr = Ocr.For(number),
            BuyerName = member.Name,
            BuyerOrganisationNumber = member.OrganisationNumber,
            BuyerEmail = member.InvoiceEmail,
            BuyerReference = member.InvoiceReference,
            BuyerStreet = member.InvoiceStreet,
            BuyerPostalCode = member.InvoicePostalCode,
            BuyerCity = member.InvoiceCity,
            SellerName = profile.Name,
            SellerOrganisationNumber = settings.OrganisationNumber!,
            SellerStreet = settings.Street!,
            SellerPostalCode = settings.PostalCode!,
            SellerCity = settings.City!,
            SellerEmail = profile.Email,
            Bankgiro = settings.Bankgiro!,
            CreatedAt = now.UtcDateTime,
            CreatedBy = actor,
        };
        db.Invoices.Add(invoice);
        return invoice;
    }

    /// <summary>Queues the invoice (or credit note) as an email with its PDF, when the member has an invoice address.</summary>
    private async Task EmailAsync(Invoice invoice, CancellationToken ct)
    {
        if (invoice.BuyerEmail is null) return;
        var credit = invoice.Kind == InvoiceKind.CreditNote;
        var what = credit ? "Kreditfaktura" : "Faktura";
        var paragraphs = credit
            ? new List<string> { $"{invoice.SellerName} krediterar faktura {invoice.CreditsInvoiceNumber} ({invoice.Text.Replace("Kredit av ", "", StringComparison.Ordinal)}).", $"Krediterat belopp: {Money.Format(-invoice.Total)}. Kreditfakturan finns som PDF i detta mejl." }
            : [
                $"Här kommer faktura {invoice.Number} från {invoice.SellerName}: {invoice.Text}.",
                $"Att betala: {Money.Format(invoice.Total)} senast {invoice.DueDate:yyyy-MM-dd} till bankgiro {invoice.Bankgiro}. Ange OCR-nummer {invoice.Ocr} när ni betalar.",
                InvoiceUbl.CannotWrite(invoice) is null
                    ? "Fakturan finns som PDF i detta mejl. Den kan också hämtas som e-faktura (Peppol BIS Billing 3.0) av förbundets kansli."
                    : "Fakturan finns som PDF i detta mejl.",
            ];
        byte[] pdf;
        try
        {
            pdf = InvoicePdf.Render(invoice);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvoiceNotMadeException($"PDF-fakturan till {invoice.BuyerName} kunde inte skapas.", ex);
        }
        var queued = await outbox.QueueAsync(new EmailMessage(
            $"faktura:{invoice.Id:N}",
            [new EmailRecipient(invoice.BuyerEmail, invoice.BuyerName)],
            new EmailContent($"{what} {invoice.Number} från {invoice.SellerName}: {invoice.Text}", $"{what} {invoice.Number}", paragraphs),
            [new EmailFile($"{what}-{invoice.Number}.pdf", "application/pdf", pdf)]), ct);
        if (queued) invoice.EmailedAt = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>
    /// Credits an invoice in full with a credit note from the same series (an invoice is never edited).
    /// With <paramref name="reissue"/> the next invoicing run makes a new invoice for the member and
    /// period from the year's decision and the member's current details.
    /// </summary>
    public async Task<Outcome<Invoice>> CreditAsync(Guid invoiceId, string? reason, bool reissue, string actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var text = errors.Text("reason", reason, "skälet till krediteringen", 500, required: true);
        var original = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct);
        if (original is null) return Outcomes.NotFound("Fakturan finns inte.");
        if (errors.Any) return Outcomes.Invalid(errors);
        if (original.Kind == InvoiceKind.CreditNote) return Outcomes.Conflict("En kreditfaktura kan inte krediteras.");
        if (await db.Invoices.AnyAsync(i => i.CreditsInvoiceId == invoiceId, ct)) return Outcomes.Conflict($"Faktura {original.Number} är redan krediterad.");

        var settings = await settingsStore.GetAsync(ct);
        var now = clock.GetUtcNow();
        var today = SwedishTime.Today(clock);
        var credit = new Invoice
        {
            Id = Guid.CreateVersion7(now),
            Number = await NextNumberAsync(settings, ct),
            Kind = InvoiceKind.CreditNote,
            Key = $"kredit:{original.Id:N}",
            MemberId = original.MemberId,
            Year = original.Year,
            Period = original.Period,
            PeriodStart = original.PeriodStart,
            PeriodEnd = original.PeriodEnd,
            Text = $"Kredit av {original.Text}",
            InvoiceDate = today,
            DueDate = today,
            Net = -original.Net,
            VatPercent = original.VatPercent,
            Vat = -original.Vat,
            CreditsInvoiceId = original.Id,
            CreditsInvoiceNumber = original.Number,
            CreditReason = text,
            Reissue = reissue,
            BuyerName = original.BuyerName,
            BuyerOrganisationNumber = original.BuyerOrganisationNumber,
            BuyerEmail = original.BuyerEmail,
            BuyerReference = original.BuyerReference,
            BuyerStreet = original.BuyerStreet,
            BuyerPostalCode = original.BuyerPostalCode,
            BuyerCity = original.BuyerCity,
            SellerName = original.SellerName,
            SellerOrganisationNumber = original.SellerOrganisationNumber,
            SellerStreet = original.SellerStreet,
            SellerPostalCode = original.SellerPostalCode,
            SellerCity = original.SellerCity,
            SellerEmail = original.SellerEmail,
            Bankgiro = original.Bankgiro,
            CreatedAt = now.UtcDateTime,
            CreatedBy = actor,
        };
        db.Invoices.Add(credit);
        await EmailAsync(credit, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcomes.Conflict($"Faktura {original.Number} krediterades just av någon annan, eller numret togs av en annan faktura. Ladda om sidan och försök igen.");
        }
        if (credit.EmailedAt is not null) dispatch.Now();
        return Outcomes.Ok(credit);
    }
}
