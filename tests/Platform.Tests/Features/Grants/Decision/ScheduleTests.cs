using Platform.Features.Grants.Decision;
using Platform.Features.Grants.Model;

namespace Platform.Tests.Features.Grants.Decision;

/// <summary>The default payment plan and the reports' due dates, as pure rules (Sundsvall § 73: half on signing, the rest on the approved report).</summary>
public sealed class ScheduleTests
{
    [Fact]
    public void Each_year_is_paid_half_on_signing_rounded_down_and_the_rest_on_the_approved_report_a_later_year_not_before_january()
    {
        var plan = PaymentSchedule.Default([(2024, 247_500), (2025, 726_001)], new DateOnly(2024, 5, 7)).ToList();

        Assert.Equal(
            [
                (2024, 1, 123_750L, PaymentCondition.AgreementSigned, (DateOnly?)null),
                (2024, 2, 123_750L, PaymentCondition.ReportApproved, null),
                (2025, 1, 363_000L, PaymentCondition.AgreementSigned, new DateOnly(2025, 1, 1)),
                (2025, 2, 363_001L, PaymentCondition.ReportApproved, null),
            ], plan);
    }

    [Fact]
    public void A_year_whose_period_starts_after_june_has_no_half_year_report_and_the_due_dates_follow_the_setting()
    {
        var reports = ReportSchedule.For(new DateOnly(2024, 9, 1), new DateOnly(2025, 12, 31), [2024, 2025], 45).ToList();

        Assert.Equal(
            [
                (2024, ReportKind.Annual, new DateOnly(2024, 9, 1), new DateOnly(2024, 12, 31), new DateOnly(2025, 2, 14)),
                (2025, ReportKind.HalfYear, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), new DateOnly(2025, 8, 14)),
                (2025, ReportKind.Annual, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 2, 14)),
            ], reports);
    }

    [Fact]
    public void A_period_ending_in_june_has_only_its_annual_report()
    {
        var reports = ReportSchedule.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), [2026], 30).ToList();

        Assert.Equal([(2026, ReportKind.Annual, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 30))], reports);
    }
}
