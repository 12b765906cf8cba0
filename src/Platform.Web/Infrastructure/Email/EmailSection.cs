namespace Platform.Infrastructure.Email;

/// <summary>A headed list, e.g. "Kommande sammanträden" with one line per meeting, and links after the lines (a meeting's papers).</summary>
internal sealed record EmailSection(string Heading, IReadOnlyList<string> Lines, string? WhenEmpty = null, IReadOnlyList<EmailLink>? Links = null);
