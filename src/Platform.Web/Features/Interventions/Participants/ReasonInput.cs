namespace Platform.Features.Interventions.Participants;

/// <summary>A reason for ending: its name and group (WorkOrStudies, MemberMeasure or Other).</summary>
internal sealed record ReasonInput(string? Name, string? Group);
