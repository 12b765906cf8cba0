using Microsoft.Extensions.Options;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.WeeklySummary;

/// <summary>
/// Every Monday morning, Swedish time: one summary email per admin of every active association.
/// "Nothing this week" is a summary too. The correlation key is the week and the recipient, so a
/// retry, a second run or an overlapping run queues the week's summary once.
/// </summary>
internal sealed class WeeklySummaryJob(
    TenantDb db,
    TenantContext tenant,
    EmailOutbox outbox,
    IAssociationAdmins admins,
    IEnumerable<IWeeklySummarySection> sections,
    TimeProvider clock,
    IOptions<PlatformOptions> platform,
    ILogger<WeeklySummaryJob> logger) : ITenantRecurringJob
{
    public const string Id = "veckosammanfattning";

    public async Task RunAsync(TenantId tenantId, CancellationToken ct)
    {
        var week = new SummaryWeek(SwedishTime.Today(clock));
        var recipients = await admins.ListAsync(ct);
        if (recipients.Count == 0)
        {
            logger.LogWarning("No admin to send the weekly summary to: the association has no contact address");
            return;
        }

        var built = new List<(EmailSection Section, bool HasNews)>();
        foreach (var section in sections.OrderBy(s => s.Order)) built.Add(await section.BuildAsync(week, ct));
        var content = Compose(week, built);

        var queued = 0;
        foreach (var recipient in recipients)
        {
            var key = $"veckosammanfattning/{week.Year}-W{week.Number:00}/{recipient.Address.ToLowerInvariant()}";
            if (await outbox.QueueAsync(new EmailMessage(key, [recipient], content), ct)) queued++;
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Weekly summary for {Week}: queued for {Queued} of {Count} admins", week.Label, queued, recipients.Count);
    }

    private EmailContent Compose(SummaryWeek week, List<(EmailSection Section, bool HasNews)> built)
    {
        var name = tenant.Current.Name;
        var anything = built.Any(b => b.HasNews);
        return new EmailContent(
            Subject: $"Veckosammanfattning {week.Label} – {name}",
            Heading: $"Veckosammanfattning, {week.Label}",
            Paragraphs:
            [
                anything
                    ? $"Här är det som är på gång i {name} den här veckan."
                    : $"Inget nytt den här veckan i {name}: inget behöver göras just nu.",
            ],
            Sections: built.Select(b => b.Section).ToList(),
            Link: new EmailLink("Öppna förbundets sida på plattformen", platform.Value.AssociationUrl(tenant.Current.Slug, "/")));
    }
}
