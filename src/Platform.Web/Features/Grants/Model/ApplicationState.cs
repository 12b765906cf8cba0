namespace Platform.Features.Grants.Model;

/// <summary>Where a funding application is on its way from the form to the board's decision (Swedish labels in GrantModel).</summary>
internal enum ApplicationState
{
    /// <summary>Utkast: the applicant is writing it; reachable by the draft link only.</summary>
    Draft,
    /// <summary>Inskickad.</summary>
    Submitted,
    /// <summary>Under beredning: the preparatory group reviews it.</summary>
    InPreparation,
    /// <summary>Komplettering begärd: the applicant revises it from a new link; the old versions are kept.</summary>
    SupplementRequested,
    /// <summary>Till styrelsen: on a board meeting's agenda.</summary>
    ToBoard,
    /// <summary>Beviljad: the whole amount applied for.</summary>
    Granted,
    /// <summary>Delvis beviljad: less than applied for.</summary>
    PartlyGranted,
    /// <summary>Avslagen.</summary>
    Rejected,
    /// <summary>Återtagen by the applicant or the office.</summary>
    Withdrawn,
}
