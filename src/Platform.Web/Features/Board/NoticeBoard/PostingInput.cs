namespace Platform.Features.Board.NoticeBoard;

/// <summary>Whether to post only the immediately adjusted paragraphs.</summary>
internal sealed class PostingInput
{
    public bool ImmediateOnly { get; set; }
}
