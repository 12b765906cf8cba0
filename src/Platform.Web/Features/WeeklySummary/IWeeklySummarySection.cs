using Platform.Infrastructure.Email;

namespace Platform.Features.WeeklySummary;

/// <summary>One part of the weekly summary, contributed by the feature that owns the subject.</summary>
internal interface IWeeklySummarySection
{
    /// <summary>Where the section goes: lower comes first.</summary>
    int Order { get; }

    /// <summary>The section, and whether it holds anything the kansli should act on or know this week.</summary>
    Task<(EmailSection Section, bool HasNews)> BuildAsync(SummaryWeek week, CancellationToken ct);
}
