namespace Platform.Features.Board.Model;

/// <summary>A paragraph (§) of the minutes: numbered per body through the calendar year.</summary>
internal sealed class Paragraph
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public Guid BodyId { get; init; }
    /// <summary>The calendar year of the meeting's date: moves with it while no paragraph is published (a year change renumbers).</summary>
    public int Year { get; set; }
    public int Number { get; set; }
    /// <summary>The agenda item the paragraph was drafted from (null for a paragraph written by hand).</summary>
    public Guid? AgendaItemId { get; set; }
    public required string Title { get; set; }
    /// <summary>What was said and presented.</summary>
    public string? Text { get; set; }
    /// <summary>"Styrelsen beslutade att …"; empty for information items.</summary>
    public string? Decision { get; set; }
    /// <summary>Proposals put to the meeting, when there was more than one.</summary>
    public string? Proposals { get; set; }
    /// <summary>Votes and their result (omröstning), when there was a vote.</summary>
    public string? Voting { get; set; }
    /// <summary>Who did not take part because of a conflict of interest (jäv).</summary>
    public List<string> Recusals { get; set; } = [];
    /// <summary>Who entered a reservation against the decision.</summary>
    public List<string> Reservations { get; set; } = [];
    /// <summary>Not published on the notice board (personal data, secrecy); a note stands in its place.</summary>
    public bool NotForPublication { get; set; }
    /// <summary>Adjusted at the meeting (omedelbar justering): locked, and may be posted before the rest.</summary>
    public DateOnly? ImmediatelyAdjustedOn { get; set; }
}
