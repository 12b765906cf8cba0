using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions;

/// <summary>
/// A small intervention whose results for 2025-01-01–2025-06-30 are computed by hand in
/// <see cref="InterventionResultsTests"/>: five people, one with two episodes and one who moves,
/// episodes crossing both ends of the period, and counts inside and across the period.
/// </summary>
internal static class ResultsExample
{
    public static readonly Guid InterventionId = new("21000000-0000-4000-8000-000000000001");
    public static readonly Guid Norrby = new("21000000-0000-4000-8000-0000000000a1");
    public static readonly Guid Sunnby = new("21000000-0000-4000-8000-0000000000a2");
    public static readonly Guid Fk = new("21000000-0000-4000-8000-0000000000a3");
    public static readonly Guid Region = new("21000000-0000-4000-8000-0000000000a4");

    private static Guid Reason(string code) => InterventionModel.SeededReasons.Single(r => r.Code == code).Id;

    public static async Task SeedAsync(PlatformFactory platform, TenantInfo tenant)
    {
        await platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var since = new DateOnly(2015, 1, 1);
            db.Members.Add(new Member { Id = Norrby, Kind = MemberKind.Municipality, Name = "Norrby kommun", Population = 30_000, MemberFrom = since });
            db.Members.Add(new Member { Id = Sunnby, Kind = MemberKind.Municipality, Name = "Sunnby kommun", Population = 10_000, MemberFrom = since });
            db.Members.Add(new Member { Id = Fk, Kind = MemberKind.Government, Name = "Försäkringskassan", MemberFrom = since });
            db.Members.Add(new Member { Id = Region, Kind = MemberKind.Region, Name = "Region Exempel", MemberFrom = since });
            await db.SaveChangesAsync();
            var now = platform.Clock.GetUtcNow().UtcDateTime;
            db.Interventions.Add(new Intervention
            {
                Id = InterventionId,
                Name = "Exempelinsatsen",
                Kind = InterventionKind.Individual,
                LeadMemberId = Norrby,
                CooperatingMemberIds = [Fk],
                MunicipalityIds = [Norrby, Sunnby],
                Start = new DateOnly(2020, 1, 1),
                Status = InterventionStatus.Ongoing,
                CreatedAt = now,
            });
            await db.SaveChangesAsync();

            Episode Add(string code, Gender gender, int born, Guid home, Guid referrer, DateOnly start, DateOnly? end, string? reason,
                SupportSource atStart = SupportSource.SocialAssistance, SupportSource? atEnd = null)
            {
                var e = new Episode
                {
                    Id = Guid.NewGuid(),
                    InterventionId = InterventionId,
                    Code = code,
                    Gender = gender,
                    BirthYear = born,
                    MunicipalityId = home,
                    ReferringMemberId = referrer,
                    Start = start,
                    End = end,
                    EndReasonId = reason is null ? null : Reason(reason),
                    SupportAtStart = atStart,
                    SupportAtEnd = atEnd,
                    Consent = true,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Episodes.Add(e);
                return e;
            }
            void Hours(Episode e, int year, int month, decimal hours) =>
                db.ActivityMonths.Add(new ActivityMonth { EpisodeId = e.Id, Month = new DateOnly(year, month, 1), Hours = hours });

            // KOD-4711 (woman, 1990): two episodes; the first crosses `from`, the second moves from Norrby to Sunnby on 2025-06-01.
            var e1 = Add("KOD-4711", Gender.Woman, 1990, Norrby, Fk, new DateOnly(2024, 10, 2), new DateOnly(2025, 2, 28), "work", atEnd: SupportSource.Salary);
            Hours(e1, 2024, 12, 50); Hours(e1, 2025, 1, 40); Hours(e1, 2025, 2, 40);
            var e2 = Add("KOD-4711", Gender.Woman, 1990, Norrby, Fk, new DateOnly(2025, 5, 1), null, null);
            Hours(e2, 2025, 5, 20); Hours(e2, 2025, 6, 20);
            db.EpisodeMoves.Add(new EpisodeMove { Id = Guid.NewGuid(), EpisodeId = e2.Id, On = new DateOnly(2025, 6, 1), MunicipalityId = Sunnby });
            // KOD-2 (man, 1960): crosses `to`, active on it, in Norrby.
            var e3 = Add("KOD-2", Gender.Man, 1960, Norrby, Norrby, new DateOnly(2025, 3, 1), new DateOnly(2025, 8, 31), "other");
            for (var month = 3; month <= 7; month++) Hours(e3, 2025, month, 100);
            // KOD-3 (man, 2000): wholly inside.
            Add("KOD-3", Gender.Man, 2000, Norrby, Fk, new DateOnly(2025, 1, 15), new DateOnly(2025, 4, 15), "memberMeasure", SupportSource.SicknessBenefit);
            // KOD-4 (woman, 1980): ended the day before the period: not in it.
            Add("KOD-4", Gender.Woman, 1980, Sunnby, Fk, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), "other");
            // KOD-5 (woman, 1985): moved to Sunnby on 2025-03-01, ended on `to` (so still active on it).
            var e6 = Add("KOD-5", Gender.Woman, 1985, Norrby, Sunnby, new DateOnly(2025, 2, 1), new DateOnly(2025, 6, 30), "studies", atEnd: SupportSource.StudentAid);
            Hours(e6, 2025, 2, 30); Hours(e6, 2025, 3, 30);
            db.EpisodeMoves.Add(new EpisodeMove { Id = Guid.NewGuid(), EpisodeId = e6.Id, On = new DateOnly(2025, 3, 1), MunicipalityId = Sunnby });

            // Counts: one inside the period, one before it, one across its end.
            db.ParticipantCounts.Add(new ParticipantCount
            {
                Id = Guid.NewGuid(),
                InterventionId = InterventionId,
                From = new DateOnly(2025, 1, 1),
                To = new DateOnly(2025, 3, 31),
                WomenStarted = 1,
                MenStarted = 2,
                WomenActive = 2,
                MenActive = 3,
                RecordedAt = now,
                RecordedBy = "test",
                Ended = [new() { EndReasonId = Reason("work"), Women = 0, Men = 1 }, new() { EndReasonId = Reason("other"), Women = 1, Men = 0 }],
            });
            db.ParticipantCounts.Add(new ParticipantCount
            {
                Id = Guid.NewGuid(),
                InterventionId = InterventionId,
                From = new DateOnly(2024, 7, 1),
                To = new DateOnly(2024, 12, 31),
                WomenStarted = 7,
                MenStarted = 7,
                WomenActive = 7,
                MenActive = 7,
                RecordedAt = now,
                RecordedBy = "test",
            });
            db.ParticipantCounts.Add(new ParticipantCount
            {
                Id = Guid.NewGuid(),
                InterventionId = InterventionId,
                From = new DateOnly(2025, 6, 1),
                To = new DateOnly(2025, 7, 31),
                WomenStarted = 1,
                MenStarted = 1,
                WomenActive = 1,
                MenActive = 1,
                RecordedAt = now,
                RecordedBy = "test",
            });

            var share = new Goal { Id = Guid.NewGuid(), InterventionId = InterventionId, Order = 1, Text = "Arbete eller studier", Target = 25, Measure = GoalMeasure.ShareEndedToWorkOrStudies };
            var survey = new Goal { Id = Guid.NewGuid(), InterventionId = InterventionId, Order = 2, Text = "Nöjda deltagare", Target = 90, Measure = GoalMeasure.Entered };
            db.Goals.AddRange(share, survey);
            db.GoalFollowUps.Add(new GoalFollowUp
            {
                Id = Guid.NewGuid(),
                GoalId = survey.Id,
                From = new DateOnly(2025, 1, 1),
                To = new DateOnly(2025, 6, 30),
                Status = GoalStatus.Likely,
                Value = 80,
                RecordedAt = now,
                RecordedBy = "test",
            });
            db.InterventionBudgets.Add(new InterventionBudget { InterventionId = InterventionId, Year = 2025, CostBudget = 1_200_000, CostOutcome = 1_000_000, PlannedParticipants = 20 });
            await db.SaveChangesAsync();
        });
    }
}
