namespace Platform.Features.Fees.Model;

/// <summary>A reminder (påminnelse) sent for an invoice; one per level.</summary>
internal sealed class InvoiceReminder
{
    public Guid Id { get; init; }
    public Guid InvoiceId { get; init; }
    public int Level { get; init; }
    public DateTime SentAt { get; init; }
}
