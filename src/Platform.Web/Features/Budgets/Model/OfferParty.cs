namespace Platform.Features.Budgets.Model;

/// <summary>The three parts of the fixed split of member contributions (Finsam: 50/25/25).</summary>
internal enum OfferParty
{
    /// <summary>Staten (Försäkringskassan and Arbetsförmedlingen): half.</summary>
    State,
    /// <summary>The region: a quarter.</summary>
    Region,
    /// <summary>The municipalities together: a quarter.</summary>
    Municipalities,
}
