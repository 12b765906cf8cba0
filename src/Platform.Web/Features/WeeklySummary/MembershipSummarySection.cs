using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.WeeklySummary;

/// <summary>Memberships that end soon: a member leaving changes the fee split and the board.</summary>
internal sealed class MembershipSummarySection(TenantDb db) : IWeeklySummarySection
{
    public const int DaysAhead = 90;

    public int Order => 20;

    public async Task<(EmailSection Section, bool HasNews)> BuildAsync(SummaryWeek week, CancellationToken ct)
    {
        var until = week.Today.AddDays(DaysAhead);
        var ending = await db.Members.AsNoTracking()
            .Where(m => m.MemberTo != null && m.MemberTo >= week.Today && m.MemberTo <= until)
            .OrderBy(m => m.MemberTo).ThenBy(m => m.Name)
            .Select(m => new { m.Name, m.MemberTo })
            .ToListAsync(ct);
        var lines = ending.Select(m => $"{m.Name}: medlemskapet upphör {m.MemberTo!.Value.ToString("d MMMM yyyy", SwedishTime.Culture)}").ToList();
        return (new EmailSection("Medlemmar", lines, $"Inga medlemskap upphör de närmaste {DaysAhead} dagarna."), lines.Count > 0);
    }
}
