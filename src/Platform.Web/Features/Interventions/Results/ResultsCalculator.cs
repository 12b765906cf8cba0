using System.Globalization;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure;

namespace Platform.Features.Interventions.Results;

/// <summary>
/// The results of one intervention for [from, to], in memory from <see cref="ResultsData"/>, by the
/// definitions every part of the feature shares: active on day d when Start &lt;= d and (End is null or
/// End &gt;= d); ended in the period when End is in it; started when Start is; home municipality on d
/// from the last move on or before d; people are distinct codes within the intervention, endings are
/// episodes. Counts lying wholly inside the period add to started, active and ended.
/// </summary>
internal static class ResultsCalculator
{
    public static ResultsReport Compute(ResultsData data, Intervention intervention, DateOnly from, DateOnly to)
    {
        var all = data.Episodes[intervention.Id].ToList();
        var inPeriod = all.Where(e => e.Overlaps(from, to)).ToList();
        var counts = data.Counts[intervention.Id].Where(c => c.From >= from && c.To <= to).ToList();
        var reasons = data.Reasons;
        var reasonById = reasons.ToDictionary(r => r.Id);

        // People: one per code, described by their latest episode of the set in question.
        var startedPeople = Latest(inPeriod.Where(e => e.Start >= from && e.Start <= to), e => e.Start);
        var activePeople = Latest(inPeriod, e => e.Start);
        var endings = inPeriod.Where(e => e.End is { } end && end >= from && end <= to).ToList();

        var startedByGender = GenderCount.Count(startedPeople.Select(e => e.Gender))
            .Plus(counts.Sum(c => c.WomenStarted), counts.Sum(c => c.MenStarted));
        var activeByGender = GenderCount.Count(activePeople.Select(e => e.Gender))
            .Plus(counts.Sum(c => c.WomenActive), counts.Sum(c => c.MenActive));
        var countedEnded = counts.SelectMany(c => c.Ended).ToList();
        var endedByGender = GenderCount.Count(endings.Select(e => e.Gender))
            .Plus(countedEnded.Sum(x => x.Women), countedEnded.Sum(x => x.Men));

        // Age bands: at the start, at the end, and on the last day active in the period.
        var bands = AgeBands.Names.Select(band => new ResultsReport.AgeBandRow(band,
                GenderCount.Count(startedPeople.Where(e => AgeBands.Of(e.AgeOn(e.Start)) == band).Select(e => e.Gender)),
                GenderCount.Count(activePeople.Where(e => AgeBands.Of(e.AgeOn(LastActive(e, to))) == band).Select(e => e.Gender)),
                GenderCount.Count(endings.Where(e => AgeBands.Of(e.AgeOn(e.End!.Value)) == band).Select(e => e.Gender))))
            .ToList();
        if (counts.Count > 0)
        {
            bands.Add(new ResultsReport.AgeBandRow(AgeBands.Unknown,
                new GenderCount(counts.Sum(c => c.WomenStarted), counts.Sum(c => c.MenStarted)),
                new GenderCount(counts.Sum(c => c.WomenActive), counts.Sum(c => c.MenActive)),
                new GenderCount(countedEnded.Sum(x => x.Women), countedEnded.Sum(x => x.Men))));
        }

        // Endings by reason and by the board's three groups.
        var byReason = reasons.ToDictionary(r => r.Id, _ => GenderCount.Zero);
        foreach (var e in endings.Where(e => e.EndReasonId is { } id && byReason.ContainsKey(id)))
            byReason[e.EndReasonId!.Value] = byReason[e.EndReasonId.Value].Plus(e.Gender);
        foreach (var x in countedEnded.Where(x => byReason.ContainsKey(x.EndReasonId)))
            byReason[x.EndReasonId] = byReason[x.EndReasonId].Plus(x.Women, x.Men);
        var ended = endedByGender.Total;
        var reasonRows = reasons.Where(r => !r.Retired || byReason[r.Id].Total > 0)
            .Select(r => new ResultsReport.ReasonRow(r.Code, r.Name, r.Group, byReason[r.Id].Women, byReason[r.Id].Men, byReason[r.Id].Total, Share(byReason[r.Id].Total, ended)))
            .ToList();
        var groupRows = Enum.GetValues<EndGroup>().Select(g =>
        {
            var women = reasonRows.Where(r => r.Group == g).Sum(r => r.Women);
            var men = reasonRows.Where(r => r.Group == g).Sum(r => r.Men);
            return new ResultsReport.GroupRow(g, g.SwedishLabel(), women, men, women + men, Share(women + men, ended));
        }).ToList();

        // Time in the intervention (days, both ends counted) for the episodes ended in the period.
        static decimal Days(EpisodeFacts e) => e.End!.Value.DayNumber - e.Start.DayNumber + 1;
        var averageDays = Averages(endings.Select(e => (e.Gender, Days(e))));

        // Activity hours per person: the months of the period (from the month of `from` to `to`), summed per code.
        var monthFrom = new DateOnly(from.Year, from.Month, 1);
        var genderOf = Latest(all, e => e.Start).ToDictionary(e => e.Code, e => e.Gender, StringComparer.Ordinal);
        var hoursByPerson = all
            .SelectMany(e => data.Activity[e.Id].Where(a => a.Month >= monthFrom && a.Month <= to).Select(a => (e.Code, a.Hours)))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .Select(g => (Gender: genderOf[g.Key], Hours: g.Sum(x => x.Hours)))
            .ToList();
        var averageHours = Averages(hoursByPerson);

        // Active on `to` per home municipality, beside the municipality's share of the population.
        var onTo = Latest(inPeriod.Where(e => e.ActiveOn(to)), e => e.Start);
        var homes = onTo.GroupBy(e => data.HomeOn(e, to)).ToDictionary(g => g.Key, g => g.Count());
        var municipalities = data.Members.Where(m => m.Kind == MemberKind.Municipality && m.IsMemberOn(to)).ToList();
        var population = municipalities.Sum(m => (long)(m.Population ?? 0));
        var activeOnTo = onTo.Count;
        var municipalityRows = municipalities
            .Select(m => new ResultsReport.MunicipalityRow(m.Name, homes.GetValueOrDefault(m.Id), Share(homes.GetValueOrDefault(m.Id), activeOnTo),
                m.Population, population > 0 && m.Population is { } p ? Math.Round(100m * p / population, 1) : null))
            .Concat(homes.Keys.Where(id => municipalities.All(m => m.Id != id))
                .Select(id => new ResultsReport.MunicipalityRow(NameOf(data, id), homes[id], Share(homes[id], activeOnTo), null, null)))
            .ToList();

        // Per referring party: people who started in the period.
        var parties = startedPeople.GroupBy(e => e.ReferringMemberId)
            .Select(g => new ResultsReport.PartyRow(NameOf(data, g.Key), g.Count(e => e.Gender == Gender.Woman), g.Count(e => e.Gender == Gender.Man), g.Count()))
            .OrderByDescending(p => p.Total).ThenBy(p => p.Name, StringComparer.Create(SwedishTime.Culture, false))
            .ToList();

        var support = endings.GroupBy(e => (e.SupportAtStart, AtEnd: e.SupportAtEnd ?? SupportSource.Unknown))
            .Select(g => new ResultsReport.SupportCell(g.Key.SupportAtStart, g.Key.AtEnd, g.Count()))
            .OrderBy(c => c.AtStart).ThenBy(c => c.AtEnd).ToList();

        var groupShare = groupRows.ToDictionary(g => g.Group, g => g.Share);
        var goals = data.Goals[intervention.Id].Select(g => Goal(g, data.FollowUps[g.Id].ToList(), from, to, startedByGender.Total, groupShare)).ToList();

        var years = Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y =>
        {
            var budget = data.Budgets[intervention.Id].FirstOrDefault(b => b.Year == y);
            var participants = ActiveIn(data, intervention.Id, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)).Total;
            long? perParticipant = budget?.CostOutcome is { } outcome && participants > 0 ? (long)Math.Round((decimal)outcome / participants) : null;
            return new ResultsReport.YearRow(y, budget?.CostBudget, budget?.CostOutcome, budget?.EsfCostBudget, budget?.EsfCostOutcome,
                budget?.PlannedParticipants, participants, perParticipant);
        }).ToList();

        return new ResultsReport
        {
            InterventionId = intervention.Id,
            Name = intervention.Name,
            Kind = KindCode(intervention.Kind),
            From = from,
            To = to,
            Started = startedByGender.Total,
            Active = activeByGender.Total,
            Ended = ended,
            StartedByGender = startedByGender,
            ActiveByGender = activeByGender,
            EndedByGender = endedByGender,
            ByAgeBand = bands,
            EndedByReason = reasonRows.ToDictionary(r => r.Code, r => r.Total, StringComparer.Ordinal),
            Reasons = reasonRows,
            EndGroups = groupRows,
            AverageDays = averageDays,
            DaysDifference = Difference(averageDays, "dag", "dagar", "är i genomsnitt {0} längre i insatsen än", "är i genomsnitt lika länge i insatsen"),
            AverageActivityHours = averageHours,
            HoursDifference = Difference(averageHours, "timme", "timmar", "har i genomsnitt {0} fler än", "har i genomsnitt lika många timmar"),
            PeopleWithHours = GenderCount.Count(hoursByPerson.Select(p => p.Gender)),
            ActiveByMunicipality = municipalityRows.ToDictionary(m => m.Name, m => m.Active, StringComparer.Ordinal),
            Municipalities = municipalityRows,
            ReferringParties = parties,
            Support = support,
            Goals = goals,
            Years = years,
            CountPeriods = counts.Count,
        };
    }

    public static string KindCode(InterventionKind kind) => kind == InterventionKind.Structural ? "structural" : "individual";

    /// <summary>
    /// People active at some time in [from, to] (distinct codes with an overlapping episode, by the
    /// gender of their latest one), plus the counts lying wholly inside [from, to].
    /// </summary>
    public static GenderCount ActiveIn(ResultsData data, Guid interventionId, DateOnly from, DateOnly to)
    {
        var people = Latest(data.Episodes[interventionId].Where(e => e.Overlaps(from, to)), e => e.Start);
        var counts = data.Counts[interventionId].Where(c => c.From >= from && c.To <= to).ToList();
        return GenderCount.Count(people.Select(e => e.Gender)).Plus(counts.Sum(c => c.WomenActive), counts.Sum(c => c.MenActive));
    }

    /// <summary>Endings in [from, to] whose reason is in <paramref name="group"/>, records and counts wholly inside, by gender.</summary>
    public static GenderCount EndedIn(ResultsData data, Guid interventionId, DateOnly from, DateOnly to, EndGroup group)
    {
        var inGroup = data.Reasons.Where(r => r.Group == group).Select(r => r.Id).ToHashSet();
        var records = data.Episodes[interventionId].Where(e => e.End is { } end && end >= from && end <= to && e.EndReasonId is { } r && inGroup.Contains(r));
        var counted = data.Counts[interventionId].Where(c => c.From >= from && c.To <= to).SelectMany(c => c.Ended).Where(x => inGroup.Contains(x.EndReasonId)).ToList();
        return GenderCount.Count(records.Select(e => e.Gender)).Plus(counted.Sum(x => x.Women), counted.Sum(x => x.Men));
    }

    /// <summary>One episode per code: the one latest by <paramref name="key"/>.</summary>
    private static List<EpisodeFacts> Latest(IEnumerable<EpisodeFacts> episodes, Func<EpisodeFacts, DateOnly> key) =>
        [.. episodes.GroupBy(e => e.Code, StringComparer.Ordinal).Select(g => g.MaxBy(key)!)];

    /// <summary>The last day of the period the episode was active: its end, or the period's.</summary>
    private static DateOnly LastActive(EpisodeFacts e, DateOnly to) => e.End is { } end && end < to ? end : to;

    private static string NameOf(ResultsData data, Guid memberId) =>
        data.Members.FirstOrDefault(m => m.Id == memberId)?.Name ?? "Okänd part";

    /// <summary>Percent with one decimal; null when there is nothing to share.</summary>
    public static decimal? Share(int part, int whole) => whole > 0 ? Math.Round(100m * part / whole, 1) : null;

    private static ResultsReport.AverageRow Averages(IEnumerable<(Gender Gender, decimal Value)> values)
    {
        var list = values.ToList();
        static decimal? Mean(IEnumerable<decimal> v) => v.Any() ? Math.Round(v.Average(), 1) : null;
        return new ResultsReport.AverageRow(
            Mean(list.Where(v => v.Gender == Gender.Woman).Select(v => v.Value)),
            Mean(list.Where(v => v.Gender == Gender.Man).Select(v => v.Value)),
            Mean(list.Select(v => v.Value)));
    }

    /// <summary>"Män har i genomsnitt 75 timmar fler än kvinnor": the difference in whole units, in words.</summary>
    private static string? Difference(ResultsReport.AverageRow row, string one, string many, string more, string same)
    {
        if (row.Women is not { } women || row.Men is not { } men) return null;
        var difference = Math.Round(men - women, 0, MidpointRounding.AwayFromZero);
        if (difference == 0) return $"Kvinnor och män {same}.";
        var amount = Math.Abs(difference);
        var text = $"{amount.ToString("N0", SwedishTime.Culture)} {(amount == 1 ? one : many)}";
        return difference > 0
            ? $"Män {string.Format(CultureInfo.InvariantCulture, more, text)} kvinnor."
            : $"Kvinnor {string.Format(CultureInfo.InvariantCulture, more, text)} män.";
    }

    private static ResultsReport.GoalRow Goal(Goal goal, List<GoalFollowUp> followUps, DateOnly from, DateOnly to, int started,
        Dictionary<EndGroup, decimal?> groupShare)
    {
        // This period's follow-up: the one for exactly the period, else the latest lying wholly inside it.
        var followUp = followUps.FirstOrDefault(f => f.From == from && f.To == to)
            ?? followUps.Where(f => f.From >= from && f.To <= to).OrderByDescending(f => f.To).FirstOrDefault();
        var (value, computed) = goal.Measure switch
        {
            GoalMeasure.ShareEndedToWorkOrStudies => (groupShare[EndGroup.WorkOrStudies], true),
            GoalMeasure.ShareEndedToMemberMeasure => (groupShare[EndGroup.MemberMeasure], true),
            GoalMeasure.ParticipantsStarted => (started, true),
            _ => (followUp?.Value ?? followUps.Where(f => f.Value is not null && f.To <= to).OrderByDescending(f => f.To).FirstOrDefault()?.Value, false),
        };
        bool? met = value is { } v && goal.Target is { } t ? v >= t : null;
        return new ResultsReport.GoalRow(goal.Text, goal.Indicator, goal.Target, goal.Measure, value, computed, met,
            followUp?.Status, followUp?.Status.SwedishLabel(), followUp?.Comment);
    }
}
