namespace Platform.Features.Home;

/// <summary>Whose start page is shown: the association's roles of a person (Roles.Admin, Board, Auditor, ParticipantStaff).</summary>
internal enum StartRole
{
    /// <summary>Kansli: what needs doing.</summary>
    Office,
    /// <summary>Ledamot or ersättare: the next meetings and the minutes to approve.</summary>
    Board,
    /// <summary>Revisor: what they may read.</summary>
    Auditor,
    /// <summary>Deltagaransvarig: the interventions whose participant records they keep.</summary>
    ParticipantStaff,
}
