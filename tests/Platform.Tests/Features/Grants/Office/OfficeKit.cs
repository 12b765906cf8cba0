using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Grants.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Office;

/// <summary>
/// An application as the form leaves it, written straight to the association's database (the form is built in
/// parallel): Sundsvall's arbetskonsulent, submitted, with its parties, goals, budget and a first version with a PDF.
/// The period is September 2026 to December 2027, so the fake clock (2026-11-23) stands in its first year.
/// </summary>
internal static class OfficeKit
{
    public static readonly Guid Municipality = new("00000000-0000-4000-8000-00000000a001");
    public static readonly Guid EmploymentService = new("00000000-0000-4000-8000-00000000a002");
    public static readonly Guid Insurance = new("00000000-0000-4000-8000-00000000a003");

    public static Task MembersAsync(this PlatformFactory platform, TenantInfo tenant) => platform.InTenantAsync(tenant, async services =>
    {
        var db = services.GetRequiredService<TenantDb>();
        db.Members.AddRange(
            new Member { Id = Municipality, Kind = MemberKind.Municipality, Name = "Sundsvalls kommun", MemberFrom = new DateOnly(2010, 1, 1) },
            new Member { Id = EmploymentService, Kind = MemberKind.EmploymentService, Name = "Arbetsförmedlingen", MemberFrom = new DateOnly(2010, 1, 1) },
            new Member { Id = Insurance, Kind = MemberKind.Government, Name = "Försäkringskassan", MemberFrom = new DateOnly(2010, 1, 1) });
        await db.SaveChangesAsync();
    });

    public static Task<Guid> ApplicationAsync(this PlatformFactory platform, TenantInfo tenant, int number = 7, string title = "Arbetskonsulent med uppdrag från andra än ekonomiskt bistånd") =>
        platform.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            var store = services.GetRequiredService<IDocumentStore>();
            var now = PlatformFactory.Start.UtcDateTime.AddDays(-10);
            var id = Guid.NewGuid();
            db.FundingApplications.Add(new FundingApplication
            {
                Id = id,
                Number = number,
                State = ApplicationState.Submitted,
                Title = title,
                Summary = "Ansökan avser utökande av en arbetskonsulent för att möta upp fler deltagare.",
                PeriodStart = new DateOnly(2026, 9, 1),
                PeriodEnd = new DateOnly(2027, 12, 31),
                ApplicantMemberId = Municipality,
                ApplicantOrganisation = "Individ- och arbetsmarknadsförvaltningen",
                ApplicantUnit = "IAF Arbete och försörjning",
                ApplicantSignatory = "Förvaltningsdirektören",
                ApplicantOrganisationNumber = "212000-2411",
                ContactName = "Kontaktpersonen",
                ContactEmail = "kontakt@sundsvall.test",
                PaymentAccountKind = PaymentAccountKind.Bankgiro,
                PaymentAccount = "5050-1055",
                CreatedAt = now,
                UpdatedAt = now,
                SubmittedAt = now,
            });
            db.ApplicationParties.AddRange(
                new ApplicationParty { Id = Guid.NewGuid(), ApplicationId = id, Order = 1, MemberId = EmploymentService, Organisation = "Arbetsförmedlingen", Unit = "Sundsvall" },
                new ApplicationParty { Id = Guid.NewGuid(), ApplicationId = id, Order = 2, MemberId = Insurance, Organisation = "Försäkringskassan", Unit = "SFT" });
            db.ApplicationGoals.Add(new ApplicationGoal { Id = Guid.NewGuid(), ApplicationId = id, Order = 1, Text = "Deltagarna har fått sin arbetsförmåga klarlagd.", Indicator = "75 % går vidare till GK." });
            var section = GrantModel.SeededSections[0].Id;
            db.SectionAnswers.Add(new SectionAnswer { ApplicationId = id, SectionId = section, Text = "Kön är 13 personer." });
            void Line(int costType, long first, long second)
            {
                var line = new BudgetLine { Id = Guid.NewGuid(), ApplicationId = id, CostTypeId = GrantModel.SeededCostTypes[costType].Id };
                line.Amounts = [new BudgetAmount { LineId = line.Id, Year = 2026, Amount = first }, new BudgetAmount { LineId = line.Id, Year = 2027, Amount = second }];
                db.BudgetLines.Add(line);
            }
            Line(0, 225_000, 681_000);
            Line(1, 15_000, 30_000);
            Line(2, 7_500, 15_000);
            var pdf = await store.SaveAsync(new MemoryStream(Board.BoardTestKit.Pdf("Ansökan 7")), "application/pdf", CancellationToken.None);
            db.ApplicationVersions.Add(new ApplicationVersion { Id = Guid.NewGuid(), ApplicationId = id, Number = 1, SubmittedAt = now, Content = "{}", PdfStorageKey = pdf.Key });
            await db.SaveChangesAsync();
            return id;
        });

    public static Task<T> ReadAsync<T>(this PlatformFactory platform, TenantInfo tenant, Func<TenantDb, Task<T>> read) =>
        platform.InTenantAsync(tenant, services => read(services.GetRequiredService<TenantDb>()));

    public static Task<FundingApplication> ApplicationOfAsync(this PlatformFactory platform, TenantInfo tenant, Guid id) =>
        platform.ReadAsync(tenant, db => db.FundingApplications.AsNoTracking().SingleAsync(a => a.Id == id));
}
