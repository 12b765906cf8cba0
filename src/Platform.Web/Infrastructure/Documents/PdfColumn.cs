namespace Platform.Infrastructure.Documents;

/// <summary>A column of a <see cref="PdfBlock.Table"/>: its header, its share of the line's width, and whether it is an amount (right-aligned).</summary>
internal sealed record PdfColumn(string Header, double Share, bool Amount = false);
