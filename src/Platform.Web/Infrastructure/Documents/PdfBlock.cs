namespace Platform.Infrastructure.Documents;

/// <summary>A piece of a flowing document (<see cref="TextPdf"/>): it is written below the one before, on a new page when it does not fit.</summary>
internal abstract record PdfBlock
{
    /// <summary>The document's title, large and bold.</summary>
    internal sealed record Title(string Text) : PdfBlock;

    /// <summary>A section heading; it is never left alone at the foot of a page.</summary>
    internal sealed record Heading(string Text) : PdfBlock;

    /// <summary>Running text; line breaks in it are kept, long lines wrap. An empty text prints <paramref name="WhenEmpty"/>.</summary>
    internal sealed record Paragraph(string? Text, bool Small = false, string WhenEmpty = "–") : PdfBlock;

    /// <summary>A label and its value on one row ("Organisationsnummer  212000-2411"); the value wraps beside the label.</summary>
    internal sealed record Field(string Label, string? Value) : PdfBlock;

    /// <summary>
    /// A simple table: a bold header row, rows whose cells wrap in their column, right-aligned columns for
    /// amounts, and an optional bold total row under a rule. The header is repeated on a new page.
    /// </summary>
    internal sealed record Table(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Total = null) : PdfBlock;

    /// <summary>Some space.</summary>
    internal sealed record Space(double Points = 10) : PdfBlock;
}
