namespace Platform.Features.Board.Settings;

internal enum PostingMode
{
    /// <summary>The adjustment is posted on the notice board the moment the last adjuster approves.</summary>
    Automatic,
    /// <summary>The kansli posts by hand and is reminded every morning until it has.</summary>
    Remind,
}
