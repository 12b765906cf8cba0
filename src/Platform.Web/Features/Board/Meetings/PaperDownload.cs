using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>A stored paper as a download; never shown inline, so an HTML or SVG file cannot run in the association's origin.</summary>
internal static class PaperDownload
{
    public static Results<FileStreamHttpResult, NotFoundProblem> Answer((Paper Paper, Stream Content)? file) => file is var (paper, content)
        ? TypedResults.Stream(content, paper.ContentType, Infrastructure.Documents.FileNames.Clean(paper.FileName) is { Length: > 0 } name ? name : "handling", enableRangeProcessing: false)
        : Answers.NotFound(BoardTexts.NoPaper);
}
