namespace Platform.Features.Interventions.Participants;

/// <summary>The participant pages: forms answered with their confirmations (<see cref="ParticipantTexts"/>).</summary>
internal abstract class ParticipantsPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => ParticipantTexts.Confirmations;
}
