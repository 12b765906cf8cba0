using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Board.Meetings;

/// <summary>The papers (_MeetingPapers).</summary>
internal sealed partial class MeetingModel
{
    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? agendaItemId, bool isPublic, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        return await AdminAsync(id, "Paper", "handling", () => meetings.AddPaperAsync(id, file?.FileName, content, agendaItemId, isPublic, ct), ct);
    }

    public Task<IActionResult> OnPostRemovePaperAsync(Guid id, Guid paperId, CancellationToken ct) =>
        AdminAsync(id, "Paper", "handling-borttagen", () => meetings.RemovePaperAsync(paperId, ct), ct);
}
