using Platform.Infrastructure;

namespace Platform.Features.Board.Minuting;

/// <summary>Whether an adjuster can sign in to the association: has a role here and has signed in, or is invited, or neither yet.</summary>
internal sealed record AdjusterAccount(bool HasRole, DateTime? LastSignInAt, DateTime? InvitedUntil)
{
    public static readonly AdjusterAccount None = new(false, null, null);

    /// <summary>What the meeting page says beside the adjuster.</summary>
    public string Describe(DateTime now) => this switch
    {
        { HasRole: true, LastSignInAt: { } at } => $"har konto, loggade senast in {SwedishTime.Format(at)}",
        { HasRole: true } => "har konto men har inte loggat in än",
        { InvitedUntil: { } until } when until > now => $"har inte loggat in än: inbjudan skickad, gäller till och med {SwedishTime.Format(until)}",
        { InvitedUntil: not null } => "har inte loggat in än: inbjudan har gått ut",
        _ => "har inget konto än: får en inbjudan när protokollet skickas för justering",
    };

    public bool SignedIn => LastSignInAt is not null;
}
