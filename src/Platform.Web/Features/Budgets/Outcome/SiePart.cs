namespace Platform.Features.Budgets.Outcome;

/// <summary>A field of a SIE record as written: its text (unquoted, escapes resolved), and whether it was quoted (a quoted "{" is text, not a brace).</summary>
internal readonly record struct SiePart(string Text, bool Quoted)
{
    public bool Is(string brace) => !Quoted && Text == brace;
}
