namespace Platform.Features.Interventions.Model;

/// <summary>Gender as the national follow-up counts it.</summary>
internal enum Gender
{
    /// <summary>Kvinna.</summary>
    Woman,
    /// <summary>Man.</summary>
    Man,
}
