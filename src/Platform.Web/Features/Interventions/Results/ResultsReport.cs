using Platform.Features.Interventions.Model;

namespace Platform.Features.Interventions.Results;

/// <summary>
/// An intervention's results for a period: figures only, never a record or a code. <see cref="Ended"/>,
/// <see cref="EndedByReason"/> and <see cref="ActiveByMunicipality"/> are the stable contract.
/// Counts (participants without a record) lying wholly inside the period are included in the figures
/// by gender and reason, and in the age table as "Ålder okänd (antal)".
/// </summary>
internal sealed record ResultsReport
{
    public required Guid InterventionId { get; init; }
    public required string Name { get; init; }
    /// <summary>individual or structural.</summary>
    public required string Kind { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }

    /// <summary>People (distinct codes) with an episode that started in the period, plus counts.</summary>
    public required int Started { get; init; }
    /// <summary>People with an episode overlapping the period, plus counts.</summary>
    public required int Active { get; init; }
    /// <summary>Endings in the period (a person who ended twice counts twice), plus counts.</summary>
    public required int Ended { get; init; }

    public required GenderCount StartedByGender { get; init; }
    public required GenderCount ActiveByGender { get; init; }
    public required GenderCount EndedByGender { get; init; }

    public required IReadOnlyList<AgeBandRow> ByAgeBand { get; init; }

    /// <summary>Reason code → endings in the period (every reason on the list, zeros included).</summary>
    public required IReadOnlyDictionary<string, int> EndedByReason { get; init; }
    public required IReadOnlyList<ReasonRow> Reasons { get; init; }
    public required IReadOnlyList<GroupRow> EndGroups { get; init; }

    public required AverageRow AverageDays { get; init; }
    public required string? DaysDifference { get; init; }
    public required AverageRow AverageActivityHours { get; init; }
    public required string? HoursDifference { get; init; }
    /// <summary>The people the hours are averaged over: those with activity hours entered for a month of the period.</summary>
    public required GenderCount PeopleWithHours { get; init; }

    /// <summary>Municipality name → people active on <see cref="To"/> living there (records only).</summary>
    public required IReadOnlyDictionary<string, int> ActiveByMunicipality { get; init; }
    public required IReadOnlyList<MunicipalityRow> Municipalities { get; init; }
    public required IReadOnlyList<PartyRow> ReferringParties { get; init; }
    /// <summary>Episodes ended in the period: main support at start against at end (no entry at the end counts as Unknown).</summary>
    public required IReadOnlyList<SupportCell> Support { get; init; }
    public required IReadOnlyList<GoalRow> Goals { get; init; }
    public required IReadOnlyList<YearRow> Years { get; init; }
    /// <summary>How many periods of counts lie wholly inside the period and are included.</summary>
    public required int CountPeriods { get; init; }

    internal sealed record AgeBandRow(string Band, GenderCount Started, GenderCount Active, GenderCount Ended);

    internal sealed record ReasonRow(string Code, string Name, EndGroup Group, int Women, int Men, int Total, decimal? Share);

    internal sealed record GroupRow(EndGroup Group, string Name, int Women, int Men, int Total, decimal? Share);

    /// <summary>Averages, one decimal; null where nobody is counted.</summary>
    internal sealed record AverageRow(decimal? Women, decimal? Men, decimal? All);

    internal sealed record MunicipalityRow(string Name, int Active, decimal? ActiveShare, int? Population, decimal? PopulationShare);

    internal sealed record PartyRow(string Name, int Women, int Men, int Total);

    internal sealed record SupportCell(SupportSource AtStart, SupportSource AtEnd, int Count);

    internal sealed record GoalRow(string Text, string? Indicator, decimal? Target, GoalMeasure Measure, decimal? Value,
        bool Computed, bool? TargetMet, GoalStatus? Status, string? StatusLabel, string? Comment);

    internal sealed record YearRow(int Year, long? CostBudget, long? CostOutcome, long? EsfCostBudget, long? EsfCostOutcome,
        int? PlannedParticipants, int Participants, long? CostPerParticipant);
}
