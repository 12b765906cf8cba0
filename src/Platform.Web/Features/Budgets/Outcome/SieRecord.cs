namespace Platform.Features.Budgets.Outcome;

/// <summary>A line of a SIE file cut into its label and fields; object lists as "{", items, "}".</summary>
internal sealed record SieRecord(int Line, IReadOnlyList<SiePart> Parts)
{
    public string Label => Parts[0].Text;
}
