namespace Platform.Features.Interventions.Model;

/// <summary>How a goal's value is found: computed from the participant follow-up, or entered by the office.</summary>
internal enum GoalMeasure
{
    /// <summary>Entered per report (surveys, the NNS indicators).</summary>
    Entered,
    /// <summary>Percent of those ended whose reason is work or studies.</summary>
    ShareEndedToWorkOrStudies,
    /// <summary>Percent of those ended whose reason is an ordinary measure at a member.</summary>
    ShareEndedToMemberMeasure,
    /// <summary>Number of participants started in the period.</summary>
    ParticipantsStarted,
}
