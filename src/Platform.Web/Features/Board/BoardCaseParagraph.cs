namespace Platform.Features.Board;

/// <summary>
/// The paragraph drafted from a case's agenda item: its number, whether the minutes may still change,
/// its recusals, the meeting's chair (as the minutes name them), and the adjusters for this paragraph alone.
/// </summary>
internal sealed record BoardCaseParagraph(
    Guid Id, Guid MeetingId, int Number, bool Editable, IReadOnlyList<string> Recusals, string? Chair, IReadOnlyList<string> ParagraphAdjusters, IReadOnlyList<BoardAttendee> Present)
{
    /// <summary>"§ 73", the scope of an adjuster who adjusts this paragraph only.</summary>
    public string Scope => $"§ {Number}";

    /// <summary>The chair does not take part (Sundsvall § 72–73): someone else adjusts this paragraph.</summary>
    public bool ChairRecused => Chair is { } chair && Recusals.Contains(chair, StringComparer.OrdinalIgnoreCase);
}
