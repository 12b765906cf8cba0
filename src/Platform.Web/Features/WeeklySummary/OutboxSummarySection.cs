using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.WeeklySummary;

/// <summary>Email that could not be sent waits for the kansli; the rest is reported as a number.</summary>
internal sealed class OutboxSummarySection(TenantDb db, TimeProvider clock) : IWeeklySummarySection
{
    public int Order => 90;

    public async Task<(EmailSection Section, bool HasNews)> BuildAsync(SummaryWeek week, CancellationToken ct)
    {
        var weekAgo = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var dead = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Dead, ct);
        var sent = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.SentAt >= weekAgo, ct);
        var lines = new List<string>();
        if (dead > 0) lines.Add(dead == 1
            ? "1 meddelande kunde inte skickas och väntar på att du skickar det igen (Utkorgen)."
            : $"{dead} meddelanden kunde inte skickas och väntar på att du skickar dem igen (Utkorgen).");
        lines.Add(sent == 1 ? "1 meddelande skickades den senaste veckan." : $"{sent} meddelanden skickades den senaste veckan.");
        return (new EmailSection("E-post", lines), dead > 0);
    }
}
