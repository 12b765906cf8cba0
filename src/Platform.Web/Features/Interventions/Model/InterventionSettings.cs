namespace Platform.Features.Interventions.Model;

/// <summary>The association's settings for participant follow-up (one row).</summary>
internal sealed class InterventionSettings
{
    public const int SingleId = 1;
    public const int DefaultRetentionYears = 2;

    public int Id { get; init; } = SingleId;
    /// <summary>Participant records are deleted this many years after their episode ended.</summary>
    public int RetentionYears { get; set; } = DefaultRetentionYears;
}
