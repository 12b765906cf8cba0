namespace Platform.Features.Interventions.Model;

internal enum InterventionStatus
{
    /// <summary>Planerad.</summary>
    Planned,
    /// <summary>Pågående.</summary>
    Ongoing,
    /// <summary>Avslutad.</summary>
    Ended,
    /// <summary>Implementerad: a member party took it over into its ordinary work.</summary>
    Implemented,
}
