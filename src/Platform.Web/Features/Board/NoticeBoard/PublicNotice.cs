using Platform.Features.Board.Model;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>A notice with the paragraphs it makes public, for the public notice board.</summary>
internal sealed record PublicNotice(Posting Posting, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Paper> PublicPapers, string? Chair, string? Secretary, IReadOnlyList<Adjuster> Adjusters);
