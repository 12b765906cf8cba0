namespace Platform.Features.Network;

/// <summary>How current an association's figures are.</summary>
internal enum SnapshotState
{
    /// <summary>Taken by the last night's job (within two days).</summary>
    Current,
    /// <summary>Older than two days: the nightly job has not reached the association since.</summary>
    Stale,
    /// <summary>The last attempt failed; the figures are the last good ones.</summary>
    Failed,
    /// <summary>No figures yet.</summary>
    Missing,
}
