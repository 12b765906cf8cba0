using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Features.Grants.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Grants.Office;

/// <summary>
/// The office's handling of an application before the board: taking it up for preparation, asking the
/// applicant for a supplement (a new link by email; the revised application becomes a new version), the
/// preparatory group's recommendation, and withdrawing it. Each change leaves a line in the history and an audit entry.
/// </summary>
internal sealed class ApplicationDesk(TenantDb db, TimeProvider clock, ApplicationHistory history, EmailOutbox outbox, OutboxDispatch dispatch,
    TenantContext tenant, IOptions<PlatformOptions> platform)
{
    private static readonly ApplicationState[] Open = [ApplicationState.Submitted, ApplicationState.InPreparation, ApplicationState.SupplementRequested, ApplicationState.ToBoard];

    public async Task<Outcome<FundingApplication>> TakeUpAsync(Guid id, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State != ApplicationState.Submitted) return Outcomes.Conflict($"Ansökan är {a.State.SwedishLabel().ToLowerInvariant()}; bara en inskickad ansökan kan tas upp till beredning.");
        a.State = ApplicationState.InPreparation;
        a.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        history.Add(a, "Tagen upp till beredning.", a.State);
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, "Tagen upp till beredning", ct);
        return Outcomes.Ok(a);
    }

    public async Task<Outcome<SupplementRequest>> RequestSupplementAsync(Guid id, SupplementInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State is not (ApplicationState.Submitted or ApplicationState.InPreparation or ApplicationState.ToBoard))
            return Outcomes.Conflict($"Ansökan är {a.State.SwedishLabel().ToLowerInvariant()}; komplettering kan begäras av en inskickad ansökan eller en under beredning.");
        var errors = new FieldErrors();
        var message = errors.Text("message", input.Message, "vad den sökande ska komplettera", 4000, required: true);
        if (string.IsNullOrWhiteSpace(a.ContactEmail)) errors.Add("message", "Ansökan har ingen e-postadress till kontaktpersonen, så begäran kan inte skickas.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var now = clock.GetUtcNow();
        var key = SecretTokens.New();
        var hash = SecretTokens.Hash(key);
        var request = new SupplementRequest { Id = Guid.CreateVersion7(now), ApplicationId = a.Id, Message = message!, RequestedAt = now.UtcDateTime, RequestedBy = history.Actor };
        db.SupplementRequests.Add(request);
        a.AccessKeyHash = hash;
        a.AccessKeyIssuedAt = now.UtcDateTime;
        a.State = ApplicationState.SupplementRequested;
        a.UpdatedAt = now.UtcDateTime;
        history.Add(a, $"Komplettering begärd: {message}", a.State);
        var association = tenant.Current;
        await outbox.QueueAsync(new EmailMessage(
            $"{OutboxMessage.SecretPrefix}grant-supplement:{request.Id:N}",
            [new EmailRecipient(a.ContactEmail, a.ContactName)],
            new EmailContent(
                $"Komplettering av ansökan {a.Number}: {a.Title}",
                "Vi behöver en komplettering av er ansökan",
                [
                    $"{association.Name} har läst er ansökan om medel \"{a.Title}\" och ber er komplettera den:",
                    message!,
                    "Öppna ansökan med länken, gör ändringarna och skicka in den igen. Den nya versionen sparas som en reviderad ansökan; den tidigare finns kvar.",
                    "Länken är personlig. Dela den bara med dem som ska skriva i ansökan.",
                ],
                Link: new EmailLink("Komplettera ansökan", platform.Value.AssociationUrl(association.Slug, $"/ansok/{key}")))), ct);
        await db.SaveChangesAsync(ct);
        dispatch.Now();
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, "Komplettering begärd; ny länk skickad till kontaktpersonen", ct);
        return Outcomes.Ok(request);
    }

    public async Task<Outcome<Recommendation>> RecommendAsync(Guid id, RecommendationInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (!Open.Contains(a.State)) return Outcomes.Conflict($"Ansökan är {a.State.SwedishLabel().ToLowerInvariant()}; förslag lämnas innan styrelsen har beslutat.");
        var errors = new FieldErrors();
        var kind = RecommendationKind.Reject;
        if (string.IsNullOrWhiteSpace(input.Kind)) errors.Add("kind", "Välj beredningsgruppens förslag: avslå, begär komplettering eller bevilja.");
        else kind = errors.Enum("kind", input.Kind, Kinds);
        var comment = errors.Text("comment", input.Comment, "kommentar", 4000);
        if (errors.Any) return Outcomes.Invalid(errors);
        var now = clock.GetUtcNow();
        var recommendation = new Recommendation { Id = Guid.CreateVersion7(now), ApplicationId = a.Id, Kind = kind, Comment = comment, RecordedAt = now.UtcDateTime, RecordedBy = history.Actor };
        db.Recommendations.Add(recommendation);
        a.UpdatedAt = now.UtcDateTime;
        history.Add(a, $"Beredningsgruppens förslag: {kind.SwedishLabel().ToLowerInvariant()}{(comment is null ? "" : $". {comment}")}");
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, $"Beredningsgruppens förslag: {kind.SwedishLabel()}", ct);
        return Outcomes.Ok(recommendation);
    }

    public static readonly IReadOnlyDictionary<RecommendationKind, string> Kinds = new Dictionary<RecommendationKind, string>
    {
        [RecommendationKind.Reject] = RecommendationKind.Reject.SwedishLabel(),
        [RecommendationKind.AskForSupplement] = RecommendationKind.AskForSupplement.SwedishLabel(),
        [RecommendationKind.Grant] = RecommendationKind.Grant.SwedishLabel(),
    };

    public async Task<Outcome<FundingApplication>> WithdrawAsync(Guid id, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State is not (ApplicationState.Draft or ApplicationState.Submitted or ApplicationState.InPreparation or ApplicationState.SupplementRequested or ApplicationState.ToBoard))
            return Outcomes.Conflict($"Ansökan är {a.State.SwedishLabel().ToLowerInvariant()} och kan inte återtas.");
        a.State = ApplicationState.Withdrawn;
        a.AccessKeyHash = null; // the applicant's link closes
        a.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        history.Add(a, "Ansökan återtagen.", a.State);
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, "Återtagen", ct);
        return Outcomes.Ok(a);
    }
}
