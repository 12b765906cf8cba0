namespace Platform.Features.Budgets.Model;

/// <summary>
/// One version of the association's budget for a year, with the plan for the two years after it
/// ("Budget 2022 och verksamhetsplan 2022–2024"). A revision of an adopted budget is a new version;
/// the old one is kept.
/// </summary>
internal sealed class Budget
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    /// <summary>1 for the first; a revision takes the next number.</summary>
    public int Version { get; init; }
    public BudgetState State { get; set; }
    /// <summary>The balance carried forward at the year's start, entered only when the platform has no budget for the year before (whose forecast gives it otherwise).</summary>
    public long? OpeningBalance { get; set; }
    /// <summary>The date the board adopted it ("Fastställt av styrelsen den 25 november 2021").</summary>
    public DateOnly? AdoptedOn { get; set; }
    /// <summary>The paragraph of the board's minutes that adopted it (Board's record, no foreign key).</summary>
    public Guid? AdoptedParagraphId { get; set; }
    /// <summary>The paragraph as it read when recorded, e.g. "§ 45, Styrelsen 2021-11-25".</summary>
    public string? AdoptedReference { get; set; }
    /// <summary>What the revision changes, or any note on the version.</summary>
    public string? Note { get; set; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime UpdatedAt { get; set; }
    public List<BudgetRow> Rows { get; set; } = [];
}
