namespace Platform.Features.Fees.Model;

/// <summary>Money received, matched to an invoice or (until someone matches it) not.</summary>
internal sealed class Payment
{
    public Guid Id { get; init; }
    public Guid? InvoiceId { get; set; }
    /// <summary>öre.</summary>
    public long Amount { get; init; }
    public DateOnly PaidOn { get; init; }
    /// <summary>The reference the payer gave (the OCR number, or whatever they wrote).</summary>
    public string? Reference { get; init; }
    public string? Payer { get; init; }
    public PaymentSource Source { get; init; }
    public Guid? ImportId { get; init; }
    public string? Note { get; init; }
    public DateTime RegisteredAt { get; init; }
    public required string RegisteredBy { get; init; }
    /// <summary>When the payment was reversed as wrongly registered; it stays in the ledger but no longer pays anything.</summary>
    public DateTime? ReversedAt { get; set; }
    public string? ReversedBy { get; set; }
    public string? ReversalReason { get; set; }
    public bool IsReversed => ReversedAt is not null;
}
