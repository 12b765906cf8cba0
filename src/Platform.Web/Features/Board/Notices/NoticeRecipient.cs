namespace Platform.Features.Board.Notices;

/// <summary>Who is called to a meeting, and as what ("ledamot", "ersättare", "inbjuden"); no email means no notice.</summary>
internal sealed record NoticeRecipient(string Name, string? Email, string Role);
