namespace Platform.Features.Grants.Model;

internal enum ReportState
{
    /// <summary>Not yet submitted.</summary>
    Pending,
    Submitted,
    /// <summary>The office has reviewed it; the board may approve it.</summary>
    Reviewed,
    /// <summary>Approved by the board (makes the next payment ready).</summary>
    Approved,
    /// <summary>Sent back to the recipient with a comment (a new link).</summary>
    Returned,
}
