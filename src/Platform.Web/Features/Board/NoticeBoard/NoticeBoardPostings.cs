using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Features.Board.Model;
using Platform.Features.LegalDates;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>
/// The association's digital notice board (anslagstavla, KL 8 kap 9–12 §§): posting the adjustment
/// of minutes, taking notices down, and what the public sees. Posting before adjustment and taking
/// down before the appeal period has run out are refused; a late posting is allowed, recorded and
/// reported to the admins.
/// </summary>
internal sealed class NoticeBoardPostings(TenantDb db, TimeProvider clock, EmailOutbox outbox, WeeklySummary.IAssociationAdmins admins, TenantContext tenant, IOptions<PlatformOptions> platform)
{
    /// <summary>Who the platform's own postings and takedowns are recorded as.</summary>
    public const string Automatic = "Plattformen (automatiskt)";

    public Task<Outcome<Posting>> PostAsync(Guid meetingId, bool immediateOnly, ClaimsPrincipal user, CancellationToken ct) =>
        PostAsync(meetingId, immediateOnly, user.ActorName() ?? "okänd", ct);

    public async Task<Outcome<Posting>> PostAsync(Guid meetingId, bool immediateOnly, string actor, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var minutes = await db.Minutes.AsNoTracking().FirstOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.MeetingId == meetingId).ToListAsync(ct);

        DateOnly adjustedOn;
        List<Paragraph> posted;
        if (immediateOnly)
        {
            posted = paragraphs.Where(p => p.ImmediatelyAdjustedOn is not null).ToList();
            if (posted.Count == 0) return Outcomes.Conflict("Protokollet har ingen omedelbart justerad paragraf att anslå.");
            if (minutes?.Status == MinutesStatus.Adjusted) return Outcomes.Conflict("Hela protokollet är justerat: anslå det i stället.");
            var already = await db.Postings.Where(p => p.MeetingId == meetingId && p.ImmediateOnly).Select(p => p.Paragraphs).ToListAsync(ct);
            if (already.Contains(BoardLabels.ParagraphRange(posted.Select(p => p.Number)))) return Outcomes.Conflict("De omedelbart justerade paragraferna är redan anslagna.");
            adjustedOn = posted.Max(p => p.ImmediatelyAdjustedOn!.Value);
        }
        else
        {
            if (minutes is not { Status: MinutesStatus.Adjusted, AdjustedOn: { } on })
                return Outcomes.Conflict("Protokollet är inte justerat. Justeringen kan anslås först när alla justerare har godkänt protokollet.");
            if (await db.Postings.AnyAsync(p => p.MeetingId == meetingId && !p.ImmediateOnly, ct))
                return Outcomes.Conflict("Justeringen av protokollet är redan anslagen.");
            adjustedOn = on;
            posted = paragraphs;
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var today = SwedishTime.Today(clock);
        var deadline = NoticeBoardDates.PostingDeadline(adjustedOn);
        var posting = new Posting
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            MeetingId = meetingId,
            BodyName = body.Name,
            MeetingDate = SwedishTime.DateOf(meeting.StartsAt),
            Paragraphs = BoardLabels.ParagraphRange(posted.Select(p => p.Number)),
            ImmediateOnly = immediateOnly,
            AdjustedOn = adjustedOn,
            PostedOn = today,
            PostingDeadline = deadline,
            LastAppealDay = NoticeBoardDates.LastAppealDay(today),
            EarliestTakedown = NoticeBoardDates.EarliestTakedown(today),
            Late = today > deadline,
            KeptAt = minutes?.KeptAt ?? tenant.Current.Name,
            PostedAt = clock.GetUtcNow().UtcDateTime,
            PostedBy = actor,
        };
        db.Postings.Add(posting);
        if (posting.Late) await WarnAdminsAsync(posting, ct);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(posting);
    }

    /// <summary>A late posting is still valid, but the appeal period runs from the real posting day: the admins must know.</summary>
    private async Task WarnAdminsAsync(Posting posting, CancellationToken ct)
    {
        var recipients = await admins.ListAsync(ct);
        if (recipients.Count == 0) return;
        await outbox.QueueAsync(new EmailMessage(
            $"posting-late:{posting.Id:N}",
            recipients,
            new EmailContent(
                $"Sent anslag: {posting.BodyName} {posting.MeetingDate:yyyy-MM-dd}",
                "Justeringen anslogs efter sista dag",
                [
                    $"Justeringen av protokollet från {posting.BodyName.ToLowerInvariant()}s sammanträde {posting.MeetingDate:yyyy-MM-dd} ({posting.Paragraphs}) justerades {posting.AdjustedOn:yyyy-MM-dd} och skulle ha anslagits senast {posting.PostingDeadline:yyyy-MM-dd} (kommunallagen 8 kap 12 §).",
                    $"Den anslogs {posting.PostedOn:yyyy-MM-dd}. Överklagandetiden räknas från anslagsdagen: sista dag att överklaga är {posting.LastAppealDay:yyyy-MM-dd}.",
                    "Se över rutinen för anslag, så att nästa justering anslås i tid.",
                ],
                Link: new EmailLink("Öppna anslagstavlan", platform.Value.AssociationUrl(tenant.Current.Slug, $"/anslagstavla/{posting.Id}")))), ct);
    }

    public Task<Outcome<Posting>> TakeDownAsync(Guid postingId, ClaimsPrincipal user, CancellationToken ct) =>
        TakeDownAsync(postingId, user.ActorName() ?? "okänd", ct);

    public async Task<Outcome<Posting>> TakeDownAsync(Guid postingId, string actor, CancellationToken ct)
    {
        var posting = await db.Postings.FirstOrDefaultAsync(p => p.Id == postingId, ct);
        if (posting is null) return Outcomes.NotFound(BoardTexts.NoPosting);
        if (posting.TakenDownOn is not null) return Outcomes.Conflict("Anslaget är redan nedtaget.");
        var today = SwedishTime.Today(clock);
        if (today < posting.EarliestTakedown)
            return Outcomes.Conflict($"Anslaget får tas ned tidigast {posting.EarliestTakedown:yyyy-MM-dd}: sista dag att överklaga är {posting.LastAppealDay:yyyy-MM-dd}.");
        posting.TakenDownOn = today;
        posting.TakenDownBy = actor;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(posting);
    }

    /// <summary>The notices up now, newest first.</summary>
    public Task<List<Posting>> CurrentAsync(CancellationToken ct) =>
        db.Postings.AsNoTracking().Where(p => p.TakenDownOn == null).OrderByDescending(p => p.PostedAt).ToListAsync(ct);

    /// <summary>Notices that have been taken down, newest first.</summary>
    public Task<List<Posting>> ArchiveAsync(CancellationToken ct) =>
        db.Postings.AsNoTracking().Where(p => p.TakenDownOn != null).OrderByDescending(p => p.PostedAt).ToListAsync(ct);

    /// <summary>A notice with the paragraphs it covers and the meeting's public papers.</summary>
    public async Task<PublicNotice?> NoticeAsync(Guid postingId, CancellationToken ct)
    {
        var posting = await db.Postings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, ct);
        if (posting is null) return null;
        var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.MeetingId == posting.MeetingId)
            .Where(p => !posting.ImmediateOnly || p.ImmediatelyAdjustedOn != null).OrderBy(p => p.Number).ToListAsync(ct);
        var papers = await db.Papers.AsNoTracking().Where(p => p.MeetingId == posting.MeetingId && p.IsPublic).OrderBy(p => p.UploadedAt).ToListAsync(ct);
        var minutes = await db.Minutes.AsNoTracking().FirstOrDefaultAsync(m => m.MeetingId == posting.MeetingId, ct);
        var adjusters = await db.Adjusters.AsNoTracking().Where(a => a.MeetingId == posting.MeetingId).OrderBy(a => a.Order).ToListAsync(ct);
        return new PublicNotice(posting, paragraphs, papers, minutes?.Chair, minutes?.Secretary, adjusters);
    }
}
