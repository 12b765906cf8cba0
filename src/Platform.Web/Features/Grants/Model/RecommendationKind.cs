namespace Platform.Features.Grants.Model;

internal enum RecommendationKind
{
    /// <summary>Avslå.</summary>
    Reject,
    /// <summary>Begär komplettering.</summary>
    AskForSupplement,
    /// <summary>Bevilja.</summary>
    Grant,
}
