using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Office;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// "Till styrelsen": the application becomes an item on a coming board meeting's agenda, titled after it,
/// described by its summary, with the preparatory group's recommendation as the proposed decision, the
/// latest version's PDF as its paper, and the people with a conflict of interest as its recusals.
/// </summary>
internal sealed class BoardPlacement(TenantDb db, BoardCases board, ApplicationConflicts conflicts, ApplicationHistory history, IDocumentStore store)
{
    public Task<List<BoardMeetingChoice>> MeetingsAsync(CancellationToken ct) => board.ComingMeetingsAsync(ct);

    public async Task<Outcome<FundingApplication>> PlaceAsync(Guid id, ToBoardInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State is not (ApplicationState.Submitted or ApplicationState.InPreparation))
            return Outcomes.Conflict($"Ansökan är {a.State.SwedishLabel().ToLowerInvariant()}; en inskickad ansökan eller en under beredning kan gå till styrelsen.");
        var errors = new FieldErrors();
        var meetingId = errors.Id("meetingId", input.MeetingId, "sammanträde");
        var meeting = meetingId is { } m ? await board.ComingMeetingAsync(m, ct) : null;
        if (meetingId is not null && meeting is null) errors.Add("meetingId", "Välj ett kommande sammanträde med styrelsen.");
        if (errors.Any) return Outcomes.Invalid(errors);

        // Who sits for the applying party is recorded before the item gets its recusals.
        var found = await conflicts.AddRepresentativesAsync(a, ct);
        await db.SaveChangesAsync(ct);
        var people = await db.ConflictsOfInterest.AsNoTracking().Where(c => c.ApplicationId == a.Id).OrderBy(c => c.RecordedAt).Select(c => new { c.ContactId, c.Name }).ToListAsync(ct);

        var version = await db.ApplicationVersions.AsNoTracking().Where(v => v.ApplicationId == a.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var revised = version is { Number: > 1 };
        byte[]? paper = null;
        if (version?.PdfStorageKey is { } key && await store.OpenReadAsync(key, ct) is { } content)
        {
            await using (content)
            {
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, ct);
                paper = buffer.ToArray();
            }
        }
        var recommendation = await db.Recommendations.AsNoTracking().Where(r => r.ApplicationId == a.Id).OrderByDescending(r => r.RecordedAt).FirstOrDefaultAsync(ct);
        var placed = await board.PlaceOnAgendaAsync(meeting!.Id,
            $"{(revised ? "Reviderad ansökan om medel" : "Ansökan om medel")}: {a.Title}",
            Clip(Description(a.Summary, recommendation), 4000),
            Clip(Proposal(recommendation), 4000),
            [],
            revised ? $"Reviderad-ansokan-{a.Number}-version-{version!.Number}.pdf" : $"Ansokan-{a.Number}.pdf",
            paper, ct);
        if (!placed.Succeeded) return new Outcome<FundingApplication>(placed.Kind, null, placed.Errors, placed.Message);
        var itemId = placed.Value;

        a.AgendaItemId = itemId;
        a.State = ApplicationState.ToBoard;
        history.Add(a, $"Till styrelsen: på dagordningen för {meeting.Label}{(found.Count > 0 ? $"; jäv: {string.Join(", ", found)}" : "")}.", a.State);
        await db.SaveChangesAsync(ct);
        await board.SetRecusalsAsync(itemId, [.. people.Select(p => (p.ContactId, p.Name))], ct);
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, $"Till styrelsen: {meeting.Label}", ct);
        return Outcomes.Ok(a);
    }

    /// <summary>The proposed decision from the preparatory group's latest recommendation ("Att bevilja …").</summary>
    internal static string? Proposal(Recommendation? recommendation) => recommendation?.Kind switch
    {
        null => null,
        RecommendationKind.Grant => "Att bevilja medel enligt ansökan.",
        RecommendationKind.Reject => "Att avslå ansökan.",
        _ => "Att begära komplettering av ansökan.",
    };

    /// <summary>The item's description: the summary, and the preparatory group's comment when it gave one.</summary>
    internal static string? Description(string? summary, Recommendation? recommendation) =>
        recommendation?.Comment is { } comment
            ? $"{summary}\n\nBeredningsgruppens förslag: {recommendation.Kind.SwedishLabel().ToLowerInvariant()}. {comment}".Trim()
            : summary;

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
