namespace Platform.Features.Grants.Decision;

/// <summary>
/// A block of the agreement as data (heading, paragraph, key and value, table row, signature line), so that the
/// document is written once and rendered by whichever PDF writer the platform has.
/// </summary>
internal sealed record AgreementBlock(AgreementBlockKind Kind, IReadOnlyList<string> Cells, bool Header = false)
{
    public static AgreementBlock Title(string text) => new(AgreementBlockKind.Title, [text]);
    public static AgreementBlock Heading(string text) => new(AgreementBlockKind.Heading, [text]);
    public static AgreementBlock Paragraph(string text) => new(AgreementBlockKind.Paragraph, [text]);
    public static AgreementBlock KeyValue(string key, string value) => new(AgreementBlockKind.KeyValue, [key, value]);
    public static AgreementBlock Row(bool header, params string[] cells) => new(AgreementBlockKind.Row, cells, header);
    public static AgreementBlock Signature(string who) => new(AgreementBlockKind.Signature, [who]);
}
