using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Outbox;

/// <summary>
/// Email that failed, for the kansli's start page: messages given up on wait for someone to send them
/// again (urgent: a notice or a request to adjust may not have arrived); messages the mail server
/// refused are tried again by themselves, so they are listed without hurry.
/// </summary>
internal static class OutboxAgenda
{
    public static async Task<IReadOnlyList<OfficeTask>> ForOfficeAsync(TenantDb db, CancellationToken ct)
    {
        var failing = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Dead || m.Status == OutboxStatus.Failed)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Status, m.Subject, m.To, m.CreatedAt, m.NextAttemptAt })
            .ToListAsync(ct);
        var tasks = new List<OfficeTask>();

        var dead = failing.Where(m => m.Status == OutboxStatus.Dead).ToList();
        if (dead is [var one])
        {
            tasks.Add(new OfficeTask(
                $"E-post kunde inte skickas: {one.Subject}",
                $"Till {one.To}, skapat {When(one.CreatedAt)}. Kontrollera mottagarens adress och skicka meddelandet igen.",
                $"/admin/utkorg/{one.Id}",
                SwedishTime.DateOf(one.CreatedAt),
                Urgent: true));
        }
        else if (dead.Count > 1)
        {
            tasks.Add(new OfficeTask(
                $"{dead.Count} e-postmeddelanden kunde inte skickas",
                $"Det äldsta är {dead[0].Subject}, till {dead[0].To}, skapat {When(dead[0].CreatedAt)}. Kontrollera adresserna och skicka meddelandena igen.",
                "/admin/utkorg?status=stoppade",
                SwedishTime.DateOf(dead[0].CreatedAt),
                Urgent: true));
        }

        var retrying = failing.Where(m => m.Status == OutboxStatus.Failed).ToList();
        if (retrying.Count > 0)
        {
            var next = retrying.Min(m => m.NextAttemptAt);
            tasks.Add(new OfficeTask(
                retrying.Count == 1 ? $"E-post försöker skickas igen: {retrying[0].Subject}" : $"{retrying.Count} e-postmeddelanden försöker skickas igen",
                $"E-postservern tog inte emot {(retrying.Count == 1 ? "det" : "dem")}. Nästa försök görs {When(next)}.",
                retrying.Count == 1 ? $"/admin/utkorg/{retrying[0].Id}" : "/admin/utkorg?status=misslyckade",
                SwedishTime.DateOf(retrying[0].CreatedAt),
                Urgent: false));
        }
        return tasks;
    }

    /// <summary>"2026-11-23 kl. 10.15".</summary>
    private static string When(DateTime utc) => $"{SwedishTime.DateOf(utc):yyyy-MM-dd} {SwedishTime.Clock(utc)}";
}
