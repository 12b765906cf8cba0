namespace Platform.Features.Interventions.Model;

internal enum GoalStatus
{
    /// <summary>Uppnått.</summary>
    Achieved,
    /// <summary>Bedöms kunna uppnås.</summary>
    Likely,
    /// <summary>Osäkert.</summary>
    Uncertain,
    /// <summary>Bedöms inte uppnås.</summary>
    Unlikely,
    /// <summary>Inte uppnått.</summary>
    NotAchieved,
}
