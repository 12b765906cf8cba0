using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;
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

/// <summary>
/// The association's admins: the people with the admin role in it. A new association without an
/// admin yet falls back to the kansli's contact address from the association's details.
/// </summary>
internal sealed class MembershipAdmins(CatalogDb catalog, TenantContext tenant, AssociationLetterhead letterhead) : IAssociationAdmins
{
    public async Task<IReadOnlyList<EmailRecipient>> ListAsync(CancellationToken ct)
    {
        var tenantId = tenant.Current.Id.Value;
        var admins = await catalog.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.Role == Roles.Admin)
            .Select(m => new { m.User!.Email, m.User.DisplayName })
            .ToListAsync(ct);
        if (admins.Count > 0)
            return admins.Where(a => a.Email != null).OrderBy(a => a.Email, StringComparer.Ordinal).Select(a => new EmailRecipient(a.Email!, a.DisplayName)).ToList();

        var profile = await letterhead.GetAsync(ct);
        return string.IsNullOrWhiteSpace(profile.Email) ? [] : [new EmailRecipient(profile.Email, $"Kansliet, {profile.Name}")];
    }
}

internal static class WeeklySummaryServiceCollectionExtensions
{
    public static IServiceCollection AddWeeklySummary(this IServiceCollection services)
    {
        services.AddScoped<IWeeklySummarySection, MembershipSummarySection>();
        services.AddScoped<IWeeklySummarySection, OutboxSummarySection>();
        services.AddScoped<IAssociationAdmins, MembershipAdmins>();
        // Monday 07:00 Swedish time, summer and winter.
        services.AddRecurringTenantJob<WeeklySummaryJob>(WeeklySummaryJob.Id, "Veckosammanfattning till kansliet", "0 7 * * 1", "måndagar kl. 07.00");
        return services;
    }
}
