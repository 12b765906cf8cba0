using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using static Platform.Features.Budgets.Plan.PlanViews;

namespace Platform.Features.Budgets.Plan;

/// <summary>The budget's settings (salary index, the ceiling for the association's own capital, the annual member report's day); changes audited.</summary>
internal sealed class PlanSettings(TenantDb db, AuditLog audit)
{
    public async Task<SettingsItem> SettingsAsync(CancellationToken ct)
    {
        var s = await db.ReadBudgetSettingsAsync(ct);
        return new SettingsItem(s.SalaryIndexPercent, s.CapitalCeilingPercent, s.MemberReportMonth, s.MemberReportDay);
    }

    public async Task<Outcome<SettingsItem>> SaveSettingsAsync(PlanSettingsInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var index = BudgetAmounts.Percent(errors, "salaryIndexPercent", input.SalaryIndexPercent, 0, 20, "Ange löneindex som procent mellan 0 och 20, till exempel 2 eller 2,5.");
        if (index is null) errors.Add("salaryIndexPercent", "Ange löneindex som procent mellan 0 och 20, till exempel 2 eller 2,5.");
        var ceiling = BudgetAmounts.Percent(errors, "capitalCeilingPercent", input.CapitalCeilingPercent, 0, 100, "Ange taket som procent mellan 0 och 100, eller lämna fältet tomt.");
        var month = int.TryParse(input.MemberReportMonth?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : (int?)null;
        if (month is null) errors.Add("memberReportMonth", "Ange månad som ett tal från 1 till 12.");
        var day = int.TryParse(input.MemberReportDay?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= (month is { } mm ? DateTime.DaysInMonth(2023, mm) : 31) ? d : (int?)null;
        if (day is null) errors.Add("memberReportDay", "Ange en dag som finns i månaden (inte 29 februari).");
        if (errors.Any) return Outcomes.Invalid(errors);
        var s = await db.BudgetSettings.SingleOrDefaultAsync(x => x.Id == BudgetSettings.SingleId, ct);
        if (s is null)
        {
            s = new BudgetSettings();
            db.BudgetSettings.Add(s);
        }
        s.SalaryIndexPercent = index!.Value;
        s.CapitalCeilingPercent = ceiling;
        s.MemberReportMonth = month!.Value;
        s.MemberReportDay = day!.Value;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetSettingsChanged, "Budgetinställningar",
            $"Löneindex {index} %, tak för eget kapital {(ceiling is { } c ? c + " %" : "inget")}, årsrapport {day}/{month}.", ct);
        return Outcomes.Ok(await SettingsAsync(ct));
    }
}
