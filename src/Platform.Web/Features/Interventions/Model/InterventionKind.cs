namespace Platform.Features.Interventions.Model;

/// <summary>The two kinds of intervention in the national follow-up.</summary>
internal enum InterventionKind
{
    /// <summary>Individinriktad: people take part.</summary>
    Individual,
    /// <summary>Strukturövergripande: changes how the parties work together.</summary>
    Structural,
}
