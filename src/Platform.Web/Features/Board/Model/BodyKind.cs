namespace Platform.Features.Board.Model;

/// <summary>The kinds of body that meet in a samordningsförbund.</summary>
internal enum BodyKind
{
    /// <summary>Styrelse.</summary>
    Board,
    /// <summary>Beredningsgrupp.</summary>
    PreparatoryGroup,
    /// <summary>Medlemssamråd.</summary>
    MembersCouncil,
    /// <summary>Styrgrupp (often of a project).</summary>
    SteeringGroup,
    /// <summary>Any other body, known by its name.</summary>
    Other,
}
