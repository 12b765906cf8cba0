namespace Platform.Features.Fees.Model;

/// <summary>An imported BgMax file: its hash keeps it from being imported twice.</summary>
internal sealed class PaymentImport
{
    public Guid Id { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>Bankgirot's timestamp in the file's start record: the file's identity.</summary>
    public required string FileTimestamp { get; init; }
    public required string Bankgiro { get; init; }
    public int Payments { get; init; }
    public int Matched { get; init; }
    public long Amount { get; init; }
    public DateTime ImportedAt { get; init; }
    public required string ImportedBy { get; init; }
}
