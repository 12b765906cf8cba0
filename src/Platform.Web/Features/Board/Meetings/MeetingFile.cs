using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>A meeting with everything on it, for one page or one API answer.</summary>
internal sealed record MeetingFile(Meeting Meeting, Body Body, IReadOnlyList<Guest> Guests, IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<Paper> Papers,
    Minutes? Minutes, IReadOnlyList<Attendance> Attendance, IReadOnlyList<Adjuster> Adjusters, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Posting> Postings);
