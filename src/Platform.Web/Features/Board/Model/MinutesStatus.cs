namespace Platform.Features.Board.Model;

internal enum MinutesStatus
{
    /// <summary>Being written; the kansli may change everything.</summary>
    Draft,
    /// <summary>Sent to the adjusters; nothing changes unless it is taken back to draft.</summary>
    InAdjustment,
    /// <summary>Every adjuster approved: locked for good.</summary>
    Adjusted,
}
