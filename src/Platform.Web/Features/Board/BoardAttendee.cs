namespace Platform.Features.Board;

/// <summary>A line of a meeting's attendance list, someone present who may be chosen (an adjuster).</summary>
internal sealed record BoardAttendee(Guid Id, string Name);
