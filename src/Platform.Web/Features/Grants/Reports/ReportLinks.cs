using Microsoft.Extensions.Options;
using Platform.Features.Grants.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// The recipient's link to a report form: a new random secret (32 bytes, base64url) whose SHA-256 replaces
/// the report's <see cref="GrantReport.AccessKeyHash"/> (an older link stops working), emailed through the
/// outbox to the application's contact. The caller saves, so the link and the email are one transaction.
/// </summary>
internal sealed class ReportLinks(EmailOutbox outbox, TenantContext tenant, IOptions<PlatformOptions> platform)
{
    /// <summary>Why the link goes out: it decides the email's words.</summary>
    internal enum Occasion
    {
        Sent,
        Returned,
        BeforeDue,
        Overdue,
    }

    public async Task SendAsync(GrantReport report, FundingApplication application, Occasion occasion, string correlationKey, CancellationToken ct)
    {
        var key = SecretTokens.New();
        report.AccessKeyHash = SecretTokens.Hash(key);
        var url = platform.Value.AssociationUrl(tenant.Current.Slug, $"/redovisning/{key}");
        var what = $"{report.Kind.SwedishLabel().ToLowerInvariant()} för {report.Year}";
        var subject = occasion switch
        {
            Occasion.Returned => $"Redovisningen behöver kompletteras: {application.Title}",
            Occasion.BeforeDue => $"Påminnelse: {what} ska vara inne {report.DueOn:yyyy-MM-dd}",
            Occasion.Overdue => $"Försenad redovisning: {application.Title}",
            _ => $"Redovisning av beviljade medel: {application.Title}",
        };
        List<string> paragraphs = occasion switch
        {
            Occasion.Returned => [$"Vi har gått igenom er {what} för insatsen {application.Title} och ber er komplettera den."],
            Occasion.BeforeDue => [$"Det här är en påminnelse om att er {what} för insatsen {application.Title} ska vara inne senast {report.DueOn:yyyy-MM-dd}."],
            Occasion.Overdue => [$"Er {what} för insatsen {application.Title} skulle ha varit inne {report.DueOn:yyyy-MM-dd}, och vi har inte fått den. Skicka in den så snart som möjligt."],
            _ => [$"Nu är det dags att redovisa insatsen {application.Title}: {what} (perioden {report.PeriodStart:yyyy-MM-dd}–{report.PeriodEnd:yyyy-MM-dd}). Redovisningen ska vara inne senast {report.DueOn:yyyy-MM-dd}."],
        };
        if (occasion == Occasion.Returned && report.ReviewComment is { } comment) paragraphs.Add($"Kansliets kommentar: {comment}");
        paragraphs.Add("I formuläret anger ni deltagare uppdelat på kön, hur många som avslutat och varför, kostnaderna jämfört med budgeten och en beskrivning av hur insatsen har gått.");
        paragraphs.Add("Länken gäller tills redovisningen är inskickad och ersätter tidigare länkar. Dela den inte med andra.");
        await outbox.QueueAsync(new EmailMessage(
            correlationKey,
            [new EmailRecipient(application.ContactEmail, application.ContactName)],
            new EmailContent(subject, subject, paragraphs, Link: new EmailLink("Öppna redovisningen", url))), ct);
    }
}
