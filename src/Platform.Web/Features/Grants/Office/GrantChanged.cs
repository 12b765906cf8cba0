using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Office;

/// <summary>What an API write answers about the application it changed: its id and the state it is in now.</summary>
internal sealed record GrantChanged(Guid Id, int Number, ApplicationState State)
{
    public static GrantChanged Of(FundingApplication a) => new(a.Id, a.Number, a.State);
}
