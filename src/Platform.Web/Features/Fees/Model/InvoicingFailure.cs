namespace Platform.Features.Fees.Model;

/// <summary>
/// An invoice (or a reminder) that an invoicing run could not make, and why, so that one member's
/// failure is seen by the office instead of stopping the others. A later run that succeeds for the
/// same member and period removes it.
/// </summary>
internal sealed class InvoicingFailure
{
    public Guid Id { get; init; }
    /// <summary>What failed: <c>faktura:{period}:{member}</c> or <c>paminnelse:{invoice}</c>; one row each.</summary>
    public required string Key { get; init; }
    public Guid MemberId { get; init; }
    public required string Member { get; set; }
    public int Year { get; init; }
    /// <summary>"Medlemsavgift 2026, kvartal 1" or "Påminnelse om faktura 1003".</summary>
    public required string What { get; set; }
    /// <summary>Why, in Swedish, with the code the log carries.</summary>
    public required string Reason { get; set; }
    public DateTime FailedAt { get; set; }
}
