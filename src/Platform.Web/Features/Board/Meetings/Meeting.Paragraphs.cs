using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// The paragraphs of the minutes (_MeetingParagraphs): started from the agenda in one go, added,
/// changed (<c>?paragraf=</c> opens a paragraph's form) and deleted after a confirmation
/// (<c>?taBortParagraf=</c>) while the minutes are a draft. After a change the page comes back to
/// the paragraph, or to the paragraphs.
/// </summary>
internal sealed partial class MeetingModel
{
    /// <summary>The paragraph whose edit form is open.</summary>
    [BindProperty(SupportsGet = true, Name = "paragraf")] public Guid? EditParagraphId { get; set; }

    /// <summary>The paragraph asked to be deleted: its confirmation is shown.</summary>
    [BindProperty(SupportsGet = true, Name = "taBortParagraf")] public Guid? RemoveParagraphId { get; set; }

    public ParagraphInput EditParagraph { get; set; } = new();

    /// <summary>The edit form's values: what was posted, or the paragraph as it is.</summary>
    public ParagraphInput EditFormOf(Paragraph paragraph) =>
        EditParagraph.Title is not null || !ModelState.IsValid ? EditParagraph : new ParagraphInput
        {
            Number = paragraph.Number,
            Title = paragraph.Title,
            Text = paragraph.Text,
            Decision = paragraph.Decision,
            Proposals = paragraph.Proposals,
            Voting = paragraph.Voting,
            Recusals = string.Join('\n', paragraph.Recusals),
            Reservations = string.Join('\n', paragraph.Reservations),
            NotForPublication = paragraph.NotForPublication,
        };

    public async Task<IActionResult> OnPostParagraphAsync(Guid id, [Bind(Prefix = nameof(NewParagraph))] ParagraphInput input, [FromServices] MinutesParagraphs paragraphs, CancellationToken ct)
    {
        NewParagraph = input;
        return await AdminAsync(id, nameof(NewParagraph), "paragraf", () => paragraphs.AddAsync(id, input, ct), ct);
    }

    public async Task<IActionResult> OnPostEditParagraphAsync(Guid id, Guid paragraphId, [Bind(Prefix = nameof(EditParagraph))] ParagraphInput input, [FromServices] MinutesParagraphs paragraphs, CancellationToken ct)
    {
        EditParagraphId = paragraphId;
        EditParagraph = input;
        return await AdminAsync(id, nameof(EditParagraph), "paragraf", () => paragraphs.UpdateAsync(paragraphId, input, ct), ct);
    }

    /// <summary>The confirmed deletion (the confirmation is <c>?taBortParagraf=</c>).</summary>
    public async Task<IActionResult> OnPostDeleteParagraphAsync(Guid id, Guid paragraphId, [FromServices] MinutesParagraphs paragraphs, CancellationToken ct) =>
        await AdminAsync(id, nameof(EditParagraph), "paragraf-borttagen", () => paragraphs.DeleteAsync(paragraphId, ct), ct);

    public async Task<IActionResult> OnPostParagraphsFromAgendaAsync(Guid id, [FromServices] MinutesParagraphs paragraphs, CancellationToken ct) =>
        await AdminAsync(id, nameof(NewParagraph), "paragrafer-fran-dagordningen", () => paragraphs.StartFromAgendaAsync(id, ct), ct);

    public Task<IActionResult> OnPostImmediateAsync(Guid id, Guid paragraphId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewParagraph), "omedelbar", () => minutes.AdjustImmediatelyAsync(paragraphId, ct), ct);
}
