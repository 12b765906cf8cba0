namespace Platform.Features.Fees.Payments;

internal sealed class PaymentInput
{
    /// <summary>The invoice number (or OCR reference) the payment is for.</summary>
    public string? Invoice { get; set; }
    /// <summary>Kronor, with öre as decimals: 190575 or 190575.50.</summary>
    public decimal? Amount { get; set; }
    public string? PaidOn { get; set; }
    public string? Note { get; set; }
}
