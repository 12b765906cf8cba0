namespace Platform.Features.Fees.Model;

/// <summary>
/// An invoice or credit note. Everything printed on it is copied in when it is created, so it reads
/// the same years later; it is never changed afterwards, only credited.
/// </summary>
internal sealed class Invoice
{
    public Guid Id { get; init; }
    /// <summary>From the association's own series; credit notes take numbers from it too.</summary>
    public int Number { get; init; }
    public InvoiceKind Kind { get; init; }
    /// <summary>What the invoice is for: one per member, year, period and issue (the unique key that keeps it to one).</summary>
    public required string Key { get; init; }
    public Guid MemberId { get; init; }
    public int Year { get; init; }
    /// <summary>"2026-Q1", "2026-H2" or "2026".</summary>
    public required string Period { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public required string Text { get; init; }
    public DateOnly InvoiceDate { get; init; }
    public DateOnly DueDate { get; init; }
    /// <summary>Excluding VAT, öre (negative on a credit note).</summary>
    public long Net { get; init; }
    public int VatPercent { get; init; }
    public long Vat { get; init; }
    public long Total => Net + Vat;
    /// <summary>Null on credit notes: nothing is paid to them.</summary>
    public string? Ocr { get; init; }
    /// <summary>On a credit note: the invoice it credits.</summary>
    public Guid? CreditsInvoiceId { get; init; }
    public int? CreditsInvoiceNumber { get; init; }
    public string? CreditReason { get; init; }
    /// <summary>On a credit note: a new invoice for the same member and period is to be made by the next invoicing run.</summary>
    public bool Reissue { get; init; }

    public required string BuyerName { get; init; }
    public string? BuyerOrganisationNumber { get; init; }
    public string? BuyerEmail { get; init; }
    public string? BuyerReference { get; init; }
    public string? BuyerStreet { get; init; }
    public string? BuyerPostalCode { get; init; }
    public string? BuyerCity { get; init; }

    public required string SellerName { get; init; }
    public required string SellerOrganisationNumber { get; init; }
    public required string SellerStreet { get; init; }
    public required string SellerPostalCode { get; init; }
    public required string SellerCity { get; init; }
    public string? SellerEmail { get; init; }
    public required string Bankgiro { get; init; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    /// <summary>When the email with the PDF was queued; null when the member has no invoice address.</summary>
    public DateTime? EmailedAt { get; set; }
}
