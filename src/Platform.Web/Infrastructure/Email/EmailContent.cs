namespace Platform.Infrastructure.Email;

/// <summary>What a feature wants to say in an email, before the association's layout is put around it.</summary>
internal sealed record EmailContent(
    string Subject,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<EmailSection>? Sections = null,
    EmailLink? Link = null);
