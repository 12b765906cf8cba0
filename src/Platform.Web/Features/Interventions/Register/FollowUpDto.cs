namespace Platform.Features.Interventions.Register;

/// <summary>A goal's follow-up in one report period; status is achieved, likely, uncertain, unlikely or notAchieved.</summary>
internal sealed record FollowUpDto(Guid Id, DateOnly From, DateOnly To, string Status, decimal? Value, string? Comment, DateTime RecordedAt, string RecordedBy);
