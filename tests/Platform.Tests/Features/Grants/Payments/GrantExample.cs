using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Payments;

/// <summary>
/// A granted application as the decision leaves it (the rows "office" writes): 200 000 kr for 2026 and
/// 400 000 kr for 2027, for each year half when the agreement is signed (2027's not before 2027-01-01) and
/// the rest when the board has approved the year's annual report; a half-year and an annual report per year.
/// The test clock stands at 2026-11-23.
/// </summary>
internal static class GrantExample
{
    public static readonly Guid Salaries = GrantModel.SeededCostTypes[0].Id;
    public static readonly Guid Premises = GrantModel.SeededCostTypes[1].Id;

    internal sealed record Ids(Guid Application, Guid First2026, Guid Rest2026, Guid First2027, Guid Rest2027, Guid HalfYear2026, Guid Annual2026, Guid Annual2027);

    public static Task<Ids> SeedAsync(PlatformFactory platform, TenantInfo tenant, int number = 1, DateOnly? signedOn = null, Guid? interventionId = null,
        ApplicationState state = ApplicationState.Granted) =>
        platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var now = platform.Clock.GetUtcNow().UtcDateTime;
            var application = new FundingApplication
            {
                Id = Guid.NewGuid(),
                Number = number,
                State = state,
                Title = $"Arbetsmarknadstorget {number}",
                PeriodStart = new DateOnly(2026, 1, 1),
                PeriodEnd = new DateOnly(2027, 12, 31),
                ApplicantOrganisation = "Sundsvalls kommun",
                ApplicantUnit = "Arbetsmarknadsförvaltningen",
                ContactName = "Kim Kontakt",
                ContactEmail = $"kontakt{number}@sundsvall.example",
                PaymentAccountKind = PaymentAccountKind.Bankgiro,
                PaymentAccount = "5050-1055",
                CreatedAt = now,
                UpdatedAt = now,
                SubmittedAt = now,
                DecidedOn = new DateOnly(2026, 2, 1),
                AgreementSignedOn = signedOn,
                InterventionId = interventionId,
            };
            db.FundingApplications.Add(application);
            if (state is ApplicationState.Granted or ApplicationState.PartlyGranted)
            {
                db.GrantYears.Add(new GrantYear { ApplicationId = application.Id, Year = 2026, Amount = 200_000 });
                db.GrantYears.Add(new GrantYear { ApplicationId = application.Id, Year = 2027, Amount = 400_000 });
            }
            GrantPayment Payment(int year, int order, long amount, PaymentCondition condition, DateOnly? notBefore = null)
            {
                var p = new GrantPayment { Id = Guid.NewGuid(), ApplicationId = application.Id, Year = year, Order = order, Amount = amount, Condition = condition, NotBefore = notBefore };
                db.GrantPayments.Add(p);
                return p;
            }
            var first2026 = Payment(2026, 1, 100_000, PaymentCondition.AgreementSigned);
            var rest2026 = Payment(2026, 2, 100_000, PaymentCondition.ReportApproved);
            var first2027 = Payment(2027, 1, 200_000, PaymentCondition.AgreementSigned, new DateOnly(2027, 1, 1));
            var rest2027 = Payment(2027, 2, 200_000, PaymentCondition.ReportApproved);
            GrantReport Report(int year, ReportKind kind, DateOnly dueOn)
            {
                var r = new GrantReport
                {
                    Id = Guid.NewGuid(),
                    ApplicationId = application.Id,
                    Year = year,
                    Kind = kind,
                    PeriodStart = new DateOnly(year, 1, 1),
                    PeriodEnd = kind == ReportKind.HalfYear ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31),
                    DueOn = dueOn,
                    State = ReportState.Pending,
                };
                db.GrantReports.Add(r);
                return r;
            }
            var half2026 = Report(2026, ReportKind.HalfYear, new DateOnly(2026, 12, 7));
            var annual2026 = Report(2026, ReportKind.Annual, new DateOnly(2027, 2, 14));
            var annual2027 = Report(2027, ReportKind.Annual, new DateOnly(2028, 2, 14));
            var salaries = new BudgetLine { Id = Guid.NewGuid(), ApplicationId = application.Id, CostTypeId = Salaries };
            salaries.Amounts.Add(new BudgetAmount { LineId = salaries.Id, Year = 2026, Amount = 150_000 });
            salaries.Amounts.Add(new BudgetAmount { LineId = salaries.Id, Year = 2027, Amount = 300_000 });
            var premises = new BudgetLine { Id = Guid.NewGuid(), ApplicationId = application.Id, CostTypeId = Premises };
            premises.Amounts.Add(new BudgetAmount { LineId = premises.Id, Year = 2026, Amount = 50_000 });
            premises.Amounts.Add(new BudgetAmount { LineId = premises.Id, Year = 2027, Amount = 100_000 });
            db.BudgetLines.AddRange(salaries, premises);
            await db.SaveChangesAsync();
            return new Ids(application.Id, first2026.Id, rest2026.Id, first2027.Id, rest2027.Id, half2026.Id, annual2026.Id, annual2027.Id);
        });

    /// <summary>Sets a report's state (and approval day) as the office and the board would have left it.</summary>
    public static Task SetReportAsync(PlatformFactory platform, TenantInfo tenant, Guid reportId, ReportState state, DateOnly? approvedOn = null, long? costs = null) =>
        platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var report = db.GrantReports.Single(r => r.Id == reportId);
            report.State = state;
            report.ApprovedOn = approvedOn;
            if (costs is { } c) db.Add(new ReportCost { ReportId = reportId, CostTypeId = Salaries, Amount = c });
            await db.SaveChangesAsync();
        });

    public static Task SignAsync(PlatformFactory platform, TenantInfo tenant, Guid applicationId, DateOnly on) =>
        platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.FundingApplications.Single(a => a.Id == applicationId).AgreementSignedOn = on;
            await db.SaveChangesAsync();
        });
}
