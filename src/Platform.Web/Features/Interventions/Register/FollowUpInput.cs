namespace Platform.Features.Interventions.Register;

/// <summary>A goal's follow-up for a report period; a second one for the same period replaces the first.</summary>
internal sealed record FollowUpInput(string? From, string? To, string? Status, decimal? Value, string? Comment);
