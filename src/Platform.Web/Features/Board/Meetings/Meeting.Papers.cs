using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Board.Meetings;

/// <summary>The papers (_MeetingPapers): upload, move to another agenda item (or none), make public or not, remove.</summary>
internal sealed partial class MeetingModel
{
    /// <summary>The paper whose item and publicity are being changed (<c>?handling=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "handling")] public Guid? EditPaperId { get; set; }

    /// <summary>The paper asked to be removed: its confirmation is shown (<c>?taBortHandling=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "taBortHandling")] public Guid? RemovePaperId { get; set; }

    public PaperInput EditPaper { get; set; } = new();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? agendaItemId, bool isPublic, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        return await AdminAsync(id, "Paper", "handling", () => meetings.AddPaperAsync(id, file?.FileName, content, agendaItemId, isPublic, ct), ct);
    }

    public async Task<IActionResult> OnPostEditPaperAsync(Guid id, Guid paperId, [Bind(Prefix = nameof(EditPaper))] PaperInput input, CancellationToken ct)
    {
        EditPaperId = paperId;
        EditPaper = input;
        return await AdminAsync(id, nameof(EditPaper), "handling-andrad", () => meetings.UpdatePaperAsync(paperId, input, ct), ct);
    }

    /// <summary>The confirmed removal (the confirmation is <c>?taBortHandling=</c>).</summary>
    public async Task<IActionResult> OnPostRemovePaperAsync(Guid id, Guid paperId, CancellationToken ct) =>
        await AdminAsync(id, "Paper", "handling-borttagen", () => meetings.RemovePaperAsync(paperId, ct), ct);
}
