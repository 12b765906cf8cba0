using Platform.Features.Interventions.Model;
using Platform.Features.Members;

namespace Platform.Features.Interventions.Results;

/// <summary>
/// Everything the figures of one or more interventions are computed from, read in a few queries
/// (<see cref="ResultsLoader"/>): the episodes overlapping the whole years the period touches, their
/// moves and activity months, the counts, goals, budgets, reasons and members.
/// </summary>
internal sealed class ResultsData
{
    public required IReadOnlyList<Intervention> Interventions { get; init; }
    public required ILookup<Guid, EpisodeFacts> Episodes { get; init; }
    /// <summary>Per episode, its moves in date order.</summary>
    public required ILookup<Guid, EpisodeMove> Moves { get; init; }
    /// <summary>Per episode, its activity months (only those the loader was asked for).</summary>
    public required ILookup<Guid, ActivityMonth> Activity { get; init; }
    public required IReadOnlyList<EndReason> Reasons { get; init; }
    public required IReadOnlyList<Member> Members { get; init; }
    public required ILookup<Guid, ParticipantCount> Counts { get; init; }
    public required ILookup<Guid, Goal> Goals { get; init; }
    public required ILookup<Guid, GoalFollowUp> FollowUps { get; init; }
    public required ILookup<Guid, InterventionBudget> Budgets { get; init; }

    /// <summary>The home municipality on <paramref name="day"/>: the last move on or before it, else the one at the start.</summary>
    public Guid HomeOn(EpisodeFacts episode, DateOnly day)
    {
        var home = episode.MunicipalityId;
        foreach (var move in Moves[episode.Id])
        {
            if (move.On > day) break;
            home = move.MunicipalityId;
        }
        return home;
    }
}
