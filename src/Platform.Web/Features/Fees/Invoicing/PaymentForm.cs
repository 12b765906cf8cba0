using Platform.Features.Fees.Payments;

namespace Platform.Features.Fees.Invoicing;

/// <summary>A payment typed into a form: the amount as text, so that "190 575,50" is read the Swedish way.</summary>
internal sealed class PaymentForm
{
    public string? Invoice { get; set; }
    public string? Amount { get; set; }
    public string? PaidOn { get; set; }
    public string? Note { get; set; }

    public PaymentInput ToInput(int? invoiceNumber = null) => new()
    {
        Invoice = invoiceNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Invoice,
        Amount = SwedishNumber.ParseAmount(Amount),
        PaidOn = PaidOn,
        Note = Note,
    };
}
