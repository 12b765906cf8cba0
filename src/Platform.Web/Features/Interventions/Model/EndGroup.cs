namespace Platform.Features.Interventions.Model;

/// <summary>The three groups boards report endings in (Roslagen's MIA: 20 % / 38 % / 42 %).</summary>
internal enum EndGroup
{
    /// <summary>Till arbete eller studier.</summary>
    WorkOrStudies,
    /// <summary>Till ordinarie insats hos en medlem.</summary>
    MemberMeasure,
    /// <summary>Annat, åter till remitterande part, avbrutet.</summary>
    Other,
}
