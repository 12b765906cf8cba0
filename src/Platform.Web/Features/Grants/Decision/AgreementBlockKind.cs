namespace Platform.Features.Grants.Decision;

internal enum AgreementBlockKind
{
    /// <summary>The document's title.</summary>
    Title,
    Heading,
    Paragraph,
    /// <summary>A label and its value on one line.</summary>
    KeyValue,
    /// <summary>A table row: the first is the header when <see cref="AgreementBlock.Header"/>.</summary>
    Row,
    /// <summary>A line to sign on, with whose signature it is.</summary>
    Signature,
}
