namespace Platform.Features.Interventions.Model;

/// <summary>One line of an intervention's staffing: "Handläggare FK, Försäkringskassan, 95 %, 2020-06-01–2022-09-30".</summary>
internal sealed class StaffingLine
{
    public Guid Id { get; init; }
    public Guid InterventionId { get; init; }
    /// <summary>The role, e.g. "Case Manager Sollentuna".</summary>
    public required string Role { get; set; }
    /// <summary>The member party that provides the person; null for the association itself (kansliet).</summary>
    public Guid? MemberId { get; set; }
    /// <summary>Percent of full time; over 100 for several people in one role ("Coach/vägledare 200 %").</summary>
    public int Percent { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}
