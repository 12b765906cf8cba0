using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Fees.Payments;

/// <summary>Payments: registered by hand, or imported from a BgMax file and matched by OCR reference.</summary>
internal sealed class PaymentLedger(TenantDb db, TimeProvider clock, AuditLog audit)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The invoice a number or OCR reference names (not a credit note).</summary>
    private async Task<Invoice?> FindAsync(string? text, CancellationToken ct)
    {
        var value = text?.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value)) return null;
        if (await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Ocr == value && i.Kind == InvoiceKind.Invoice, ct) is { } byOcr) return byOcr;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Number == number && i.Kind == InvoiceKind.Invoice, ct)
            : null;
    }

    public async Task<Outcome<Payment>> RegisterAsync(PaymentInput input, string actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var invoice = await FindAsync(input.Invoice, ct);
        if (invoice is null) errors.Add("invoice", "Ange fakturanummer eller OCR-nummer för en faktura i förbundet.");
        if (input.Amount is not { } amount || amount <= 0 || amount > 100_000_000 || decimal.Round(amount, 2) != amount)
            errors.Add("amount", "Ange beloppet i kronor, större än 0 och med högst två decimaler.");
        var paidOn = errors.Date("paidOn", input.PaidOn, "betalningsdag");
        if (paidOn > SwedishTime.Today(clock)) errors.Add("paidOn", "Betalningsdagen kan inte ligga i framtiden.");
        var note = errors.Text("note", input.Note, "anteckningen", 500);
        if (errors.Any) return Outcomes.Invalid(errors);

        var payment = new Payment
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            InvoiceId = invoice!.Id,
            Amount = (long)(input.Amount!.Value * 100),
            PaidOn = paidOn!.Value,
            Reference = invoice.Ocr,
            Payer = invoice.BuyerName,
            Source = PaymentSource.Manual,
            Note = note,
            RegisteredAt = clock.GetUtcNow().UtcDateTime,
            RegisteredBy = actor,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.PaymentRegistered, $"Faktura {invoice.Number}", $"{Money.Format(payment.Amount)} betald {payment.PaidOn:yyyy-MM-dd}, registrerad för hand.", ct);
        return Outcomes.Ok(payment);
    }

    /// <summary>
    /// Imports a BgMax file: each payment is matched to the invoice its OCR reference names, the rest
    /// are kept as unmatched for someone to match by hand. A file already imported (same content, or
    /// the same Bankgirot timestamp) is refused, and nothing is written unless all of it is.
    /// </summary>
    public async Task<Outcome<ImportResult>> ImportAsync(string fileName, byte[] content, string actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (content.Length == 0) errors.Add("file", "Välj en BgMax-fil från banken.");
        else if (content.Length > MaxFileBytes) errors.Add("file", "Filen är större än 5 MB; en BgMax-fil är mycket mindre.");
        if (errors.Any) return Outcomes.Invalid(errors);

        BgMaxFile file;
        try
        {
            file = BgMax.Parse(content);
        }
        catch (BgMaxFormatException ex)
        {
            errors.Add("file", ex.Message);
            return Outcomes.Invalid(errors);
        }
        var settings = await db.Set<FeeSettings>().AsNoTracking().SingleOrDefaultAsync(ct);
        if (settings?.Bankgiro is not { } own || Bankgiro.Digits(own) != file.Bankgiro)
        {
            errors.Add("file", $"Filen gäller bankgiro {Bankgiro.Normalize(file.Bankgiro) ?? file.Bankgiro}, men förbundets bankgiro är {settings?.Bankgiro ?? "inte ifyllt"}.");
            return Outcomes.Invalid(errors);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await db.PaymentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Sha256 == hash || i.FileTimestamp == file.Timestamp, ct) is { } earlier)
            return Outcomes.Conflict($"Filen är redan inläst: {earlier.FileName}, {SwedishTime.Format(earlier.ImportedAt)} av {earlier.ImportedBy}. Inga betalningar har lagts in en gång till.");

        var now = clock.GetUtcNow();
        var references = file.Payments.Select(p => p.Reference).Distinct().ToList();
        var invoices = await db.Invoices.AsNoTracking()
            .Where(i => i.Ocr != null && references.Contains(i.Ocr) && i.Kind == InvoiceKind.Invoice)
            .ToDictionaryAsync(i => i.Ocr!, ct);
        var import = new PaymentImport
        {
            Id = Guid.CreateVersion7(now),
            FileName = Infrastructure.Documents.FileNames.Clean(fileName) is { Length: > 0 and <= 200 } name ? name : "bgmax.txt",
            Sha256 = hash,
            FileTimestamp = file.Timestamp,
            Bankgiro = Bankgiro.Normalize(file.Bankgiro) ?? file.Bankgiro,
            Payments = file.Payments.Count,
            Matched = file.Payments.Count(p => invoices.ContainsKey(p.Reference)),
            Amount = file.Payments.Sum(p => p.AmountOre),
            ImportedAt = now.UtcDateTime,
            ImportedBy = actor,
        };
        var payments = file.Payments.Select(p => new Payment
        {
            Id = Guid.CreateVersion7(now),
            InvoiceId = invoices.GetValueOrDefault(p.Reference)?.Id,
            Amount = p.AmountOre,
            PaidOn = p.PaidOn,
            Reference = p.Reference.Length > 25 ? p.Reference[..25] : p.Reference,
            Payer = p.Payer,
            Source = PaymentSource.BgMax,
            ImportId = import.Id,
            RegisteredAt = now.UtcDateTime,
            RegisteredBy = actor,
        }).ToList();
        db.PaymentImports.Add(import);
        db.Payments.AddRange(payments);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcomes.Conflict("Filen lästes in av någon annan i samma stund. Inga betalningar har lagts in en gång till.");
        }
        await audit.RecordAsync(AuditEvents.PaymentRegistered, $"Bankfil {import.FileName}",
            $"{payments.Count} betalningar på {Money.Format(import.Amount)}, {import.Matched} kopplade till sina fakturor.", ct);
        return Outcomes.Ok(new ImportResult(import.Id, import.FileName, payments.Count, import.Matched, import.Amount, payments.Where(p => p.InvoiceId is null).ToList()));
    }

    /// <summary>Matches a payment that did not match (or was matched wrongly) to an invoice.</summary>
    public async Task<Outcome<Payment>> MatchAsync(Guid paymentId, MatchInput input, CancellationToken ct)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, ct);
        if (payment is null) return Outcomes.NotFound(NoPayment);
        var invoice = await FindAsync(input.Invoice, ct);
        if (invoice is null)
        {
            var errors = new FieldErrors();
            errors.Add("invoice", "Ange fakturanummer eller OCR-nummer för en faktura i förbundet.");
            return Outcomes.Invalid(errors);
        }
        if (payment.IsReversed) return Outcomes.Conflict(AlreadyReversed(payment));
        payment.InvoiceId = invoice.Id;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.PaymentRegistered, $"Faktura {invoice.Number}", $"{Money.Format(payment.Amount)} betald {payment.PaidOn:yyyy-MM-dd} kopplad till fakturan.", ct);
        return Outcomes.Ok(payment);
    }

    private const string NoPayment = "Betalningen finns inte.";

    private static string AlreadyReversed(Payment payment) =>
        $"Betalningen är redan återförd ({SwedishTime.Format(payment.ReversedAt!.Value)} av {payment.ReversedBy}).";

    /// <summary>
    /// Reverses a wrongly registered payment. Nothing is deleted: the payment stays in the ledger,
    /// marked with who reversed it, when and why, and no longer counts as paid, so its invoice is
    /// open again. A payment is reversed once; a second attempt (or a double click) is a conflict.
    /// </summary>
    public async Task<Outcome<Payment>> ReverseAsync(Guid paymentId, ReversalInput input, string actor, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct);
        if (payment is null) return Outcomes.NotFound(NoPayment);
        if (payment.IsReversed) return Outcomes.Conflict(AlreadyReversed(payment));
        var errors = new FieldErrors();
        var reason = errors.Text("reason", input.Reason, "varför betalningen återförs", 500, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        // Only a payment not yet reversed is changed, in one statement: two reversals at once cannot both succeed.
        var changed = await db.Payments.Where(p => p.Id == paymentId && p.ReversedAt == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ReversedAt, now).SetProperty(x => x.ReversedBy, actor).SetProperty(x => x.ReversalReason, reason), ct);
        var reversed = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId, ct);
        if (changed == 0) return Outcomes.Conflict(AlreadyReversed(reversed));

        var number = reversed.InvoiceId is { } invoiceId ? await db.Invoices.Where(i => i.Id == invoiceId).Select(i => (int?)i.Number).SingleOrDefaultAsync(ct) : null;
        await audit.RecordAsync(AuditEvents.PaymentReversed, number is null ? "Betalning utan faktura" : $"Faktura {number}",
            $"{Money.Format(reversed.Amount)} betald {reversed.PaidOn:yyyy-MM-dd} återförd: {reason}", ct);
        return Outcomes.Ok(reversed);
    }
}
