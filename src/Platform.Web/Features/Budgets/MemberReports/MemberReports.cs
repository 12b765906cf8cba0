using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees;
using Platform.Features.Interventions;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Budgets.MemberReports;

/// <summary>
/// The annual report to each member party (Finsam: the association reports to its members): for a year, what
/// the member paid (the fee overview's payments), the interventions that served it with participants by gender
/// and endings per reason, and the board's main decisions; a PDF sent by email to the member's contact
/// (else its invoice address), once per member and year (<see cref="MemberReportSent"/>). The morning job sends
/// last year's on and after the day in the settings; the office can send one at once.
/// </summary>
internal sealed class MemberReports(
    TenantDb db, FeeContributions fees, MemberInterventions interventions, InterventionFigures figures, BoardDecisions decisions,
    EmailOutbox outbox, AuditLog audit, TenantContext tenant, TimeProvider clock)
{
    /// <summary>How many of the board's paragraphs the report lists.</summary>
    public const int MaxDecisions = 15;

    public const string NoMember = "Medlemmen finns inte.";
    public const string NoAddress = "Medlemmen saknar e-postadress. Fyll i kontaktpersonens e-post i medlemsregistret.";
    public const string AlreadySent = "Årsrapporten för året är redan skickad till medlemmen.";

    /// <summary>The members of <paramref name="year"/> (a member some day of it), with their address and whether the report has gone.</summary>
    public async Task<List<MemberReportRow>> ListAsync(int year, CancellationToken ct)
    {
        var sent = await db.MemberReportsSent.AsNoTracking().Where(s => s.Year == year).ToDictionaryAsync(s => s.MemberId, ct);
        return [.. (await MembersOfAsync(year, ct)).Select(m => new MemberReportRow(m.Id, m.Name, AddressOf(m),
            sent.TryGetValue(m.Id, out var s) ? s.QueuedAt : null, s?.Email))];
    }

    /// <summary>The member's report for the year as a PDF, or null for no such member.</summary>
    public async Task<(string FileName, byte[] Pdf)?> PdfAsync(Guid memberId, int year, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null) return null;
        return (MemberReportPdf.FileName(member.Name, year), MemberReportPdf.Render(await ContentAsync(member, year, ct)));
    }

    /// <summary>"Skicka nu": the member's report for the year at once, unless it has gone already or the member has no address.</summary>
    public async Task<Outcome<string>> SendAsync(Guid memberId, int year, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null || !BudgetYears.InRange(year)) return Outcomes.NotFound(NoMember);
        if (AddressOf(member) is null) return Outcomes.Conflict(NoAddress);
        if (await db.MemberReportsSent.AnyAsync(s => s.MemberId == memberId && s.Year == year, ct)) return Outcomes.Conflict(AlreadySent);
        var email = await QueueAsync(member, year, ct);
        return email is null ? Outcomes.Conflict(AlreadySent) : Outcomes.Ok(email);
    }

    /// <summary>
    /// The morning job: on and after the settings' day, last year's report to every member of that year with an
    /// address that has not had it. Returns how many were queued.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var settings = await db.ReadBudgetSettingsAsync(ct);
        var month = Math.Clamp(settings.MemberReportMonth, 1, 12);
        var day = new DateOnly(today.Year, month, Math.Clamp(settings.MemberReportDay, 1, DateTime.DaysInMonth(today.Year, month)));
        if (today < day) return 0;
        var year = today.Year - 1;
        var sent = (await db.MemberReportsSent.AsNoTracking().Where(s => s.Year == year).Select(s => s.MemberId).ToListAsync(ct)).ToHashSet();
        var count = 0;
        foreach (var member in await MembersOfAsync(year, ct))
        {
            if (sent.Contains(member.Id) || AddressOf(member) is null) continue;
            if (await QueueAsync(member, year, ct) is not null) count++;
        }
        return count;
    }

    private async Task<string?> QueueAsync(Member member, int year, CancellationToken ct)
    {
        var email = AddressOf(member)!;
        var content = await ContentAsync(member, year, ct);
        var association = tenant.Current.Name;
        db.MemberReportsSent.Add(new MemberReportSent { MemberId = member.Id, Year = year, QueuedAt = clock.GetUtcNow().UtcDateTime, Email = email });
        var queued = await outbox.QueueAsync(new EmailMessage(
            $"medlemsrapport:{member.Id:N}:{year}",
            [new EmailRecipient(email, member.Name)],
            new EmailContent(
                $"Årsrapport {year} från {association}",
                $"Årsrapport {year} till {member.Name}",
                [
                    $"Här är {association}s årsrapport till er som medlem för {year}: er medlemsavgift, insatserna och deras deltagare och resultat, och styrelsens beslut under året.",
                    "Rapporten finns som PDF i bilagan.",
                ]),
            [new EmailFile(MemberReportPdf.FileName(member.Name, year), "application/pdf", MemberReportPdf.Render(content))]), ct);
        // Already in the outbox (sent before the record was kept): recorded as sent, not sent again.
        if (queued) await audit.RecordAsync(AuditEvents.MemberReportSent, $"Årsrapport {year} till {member.Name}", email, ct);
        await db.SaveChangesAsync(ct);
        return queued ? email : null;
    }

    private async Task<MemberReportContent> ContentAsync(Member member, int year, CancellationToken ct)
    {
        var paid = await fees.PaidAsync(year, ct);
        var served = (await interventions.ForYearAsync(year, ct)).GetValueOrDefault(member.Id) ?? [];
        var rows = new List<(MemberInterventions.Item, InterventionFigures.Period?)>();
        foreach (var i in served)
            rows.Add((i, await figures.ForPeriodAsync(i.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct)));
        return new MemberReportContent(tenant.Current.Name, member.Name, member.Kind == MemberKind.Municipality, year,
            paid.GetValueOrDefault(member.Id), rows, await decisions.OfTheBoardAsync(year, MaxDecisions, ct), SwedishTime.Today(clock));
    }

    private async Task<List<Member>> MembersOfAsync(int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return [.. (await db.Members.AsNoTracking().Where(m => m.MemberFrom <= last && (m.MemberTo == null || m.MemberTo >= first)).ToListAsync(ct))
            .OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Create(SwedishTime.Culture, false))];
    }

    private static string? AddressOf(Member m) => m.ContactEmail ?? m.InvoiceEmail;
}
