namespace Platform.Features.Board.Deadlines;

/// <summary>What one morning's run did.</summary>
internal sealed record BoardDeadlineRun(int TakenDown, int Posted, int PostingWarnings, int AdjusterReminders, int AdjustmentWarnings);
