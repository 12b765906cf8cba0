namespace Platform.Features.Budgets.Model;

/// <summary>
/// A SIE 4 file read from the accounting system: who it is for, which fiscal year, and its hash so
/// the same file is never imported twice. For a fiscal year the newest import counts.
/// </summary>
internal sealed class SieImport
{
    public Guid Id { get; init; }
    /// <summary>SHA-256 of the file's bytes, lower-case hex: unique.</summary>
    public required string FileHash { get; init; }
    public required string FileName { get; init; }
    /// <summary>#ORGNR, as NNNNNN-NNNN.</summary>
    public required string OrganisationNumber { get; init; }
    /// <summary>#FNAMN.</summary>
    public string? CompanyName { get; init; }
    /// <summary>#PROGRAM.</summary>
    public string? Program { get; init; }
    /// <summary>#RAR 0: the fiscal year's first and last day.</summary>
    public DateOnly FiscalYearStart { get; init; }
    public DateOnly FiscalYearEnd { get; init; }
    public DateTime ImportedAt { get; init; }
    public required string ImportedBy { get; init; }
    public List<SieAmount> Amounts { get; set; } = [];
}
