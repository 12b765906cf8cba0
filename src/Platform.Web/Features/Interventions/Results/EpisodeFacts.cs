using Platform.Features.Interventions.Model;

namespace Platform.Features.Interventions.Results;

/// <summary>What the results need of one episode (no code leaves the calculation: it only tells people apart).</summary>
internal sealed record EpisodeFacts(
    Guid Id, Guid InterventionId, string Code, Gender Gender, int BirthYear, Guid MunicipalityId, Guid ReferringMemberId,
    DateOnly Start, DateOnly? End, Guid? EndReasonId, SupportSource SupportAtStart, SupportSource? SupportAtEnd)
{
    /// <summary>Active on <paramref name="day"/>: started on or before it and not ended before it.</summary>
    public bool ActiveOn(DateOnly day) => Start <= day && (End is null || End >= day);

    /// <summary>Has at least one day in [from, to].</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);

    /// <summary>The age in the year of <paramref name="day"/>: that year minus the birth year.</summary>
    public int AgeOn(DateOnly day) => day.Year - BirthYear;
}
