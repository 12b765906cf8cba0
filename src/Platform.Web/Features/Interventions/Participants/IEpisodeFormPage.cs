using Platform.Features.Interventions.Model;
using Platform.Features.Members;

namespace Platform.Features.Interventions.Participants;

/// <summary>A page with the participant form (<c>_EpisodeFields</c>): adding and changing a record.</summary>
internal interface IEpisodeFormPage
{
    EpisodeForm Form { get; }
    List<EndReason> Reasons { get; }
    List<Member> Municipalities { get; }
    List<Member> Parties { get; }
}
