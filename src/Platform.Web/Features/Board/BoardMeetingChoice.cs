namespace Platform.Features.Board;

/// <summary>A coming meeting of the board that a case can be placed on: "Styrelsen 2026-12-08 kl. 13.00".</summary>
internal sealed record BoardMeetingChoice(Guid Id, string Label, DateOnly Day);
