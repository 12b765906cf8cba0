using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board.Minuting;

namespace Platform.Features.Board.Meetings;

/// <summary>The paragraphs of the minutes (_MeetingParagraphs).</summary>
internal sealed partial class MeetingModel
{
    public Task<IActionResult> OnPostParagraphAsync(Guid id, [Bind(Prefix = nameof(NewParagraph))] ParagraphInput input, CancellationToken ct)
    {
        NewParagraph = input;
        return AdminAsync(id, nameof(NewParagraph), "paragraf", () => minutes.AddParagraphAsync(id, input, ct), ct);
    }

    public Task<IActionResult> OnPostImmediateAsync(Guid id, Guid paragraphId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewParagraph), "omedelbar", () => minutes.AdjustImmediatelyAsync(paragraphId, ct), ct);
}
