using Platform.Features.Board.Model;
using Platform.Infrastructure;

namespace Platform.Features.Board;

/// <summary>The Swedish words for the board's kinds and states, as the UI and the printed papers use them.</summary>
internal static class BoardLabels
{
    public static readonly IReadOnlyDictionary<BodyKind, string> BodyKinds = new Dictionary<BodyKind, string>
    {
        [BodyKind.Board] = "Styrelse",
        [BodyKind.PreparatoryGroup] = "Beredningsgrupp",
        [BodyKind.MembersCouncil] = "Medlemssamråd",
        [BodyKind.SteeringGroup] = "Styrgrupp",
        [BodyKind.Other] = "Annat organ",
    };

    public static readonly IReadOnlyDictionary<SeatKind, string> SeatKinds = new Dictionary<SeatKind, string>
    {
        [SeatKind.Member] = "Ordinarie ledamot",
        [SeatKind.Substitute] = "Ersättare",
    };

    public static readonly IReadOnlyDictionary<SeatPosition, string> Positions = new Dictionary<SeatPosition, string>
    {
        [SeatPosition.None] = "–",
        [SeatPosition.Chair] = "Ordförande",
        [SeatPosition.ViceChair] = "Vice ordförande",
    };

    public static readonly IReadOnlyDictionary<MeetingKind, string> MeetingKinds = new Dictionary<MeetingKind, string>
    {
        [MeetingKind.Ordinary] = "Ordinarie sammanträde",
        [MeetingKind.Extra] = "Extra sammanträde",
    };

    public static readonly IReadOnlyDictionary<MeetingStatus, string> MeetingStatuses = new Dictionary<MeetingStatus, string>
    {
        [MeetingStatus.Planned] = "Planerat",
        [MeetingStatus.NoticeSent] = "Kallelse skickad",
        [MeetingStatus.Held] = "Genomfört",
        [MeetingStatus.Cancelled] = "Inställt",
    };

    public static readonly IReadOnlyDictionary<MinutesStatus, string> MinutesStatuses = new Dictionary<MinutesStatus, string>
    {
        [MinutesStatus.Draft] = "Utkast",
        [MinutesStatus.InAdjustment] = "Skickat för justering",
        [MinutesStatus.Adjusted] = "Justerat",
    };

    public static readonly IReadOnlyDictionary<AttendanceRole, string> AttendanceRoles = new Dictionary<AttendanceRole, string>
    {
        [AttendanceRole.Member] = "Ordinarie ledamot",
        [AttendanceRole.Substitute] = "Ersättare",
        [AttendanceRole.Other] = "Övrig närvarande",
    };

    /// <summary>"§ 70–74", "§ 73", "§ 1100–1102, 1105" from a list of numbers.</summary>
    public static string ParagraphRange(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        if (sorted.Count == 0) return "–";
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(i == j ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }
        return "§ " + string.Join(", ", parts);
    }

    /// <summary>A meeting's time in Swedish: "2024-05-07 kl. 13.00–16.00".</summary>
    public static string When(Meeting meeting)
    {
        var start = SwedishTime.Local(meeting.StartsAt);
        var end = SwedishTime.Local(meeting.EndsAt);
        return $"{start:yyyy-MM-dd} kl. {start:HH.mm}–{end:HH.mm}";
    }

    /// <summary>
    /// The body's name as a genitive inside a sentence: "styrelsens", "beredningsgruppens", and for a
    /// proper name "MIA Roslagens lokala styrgrupps".
    /// </summary>
    public static string Genitive(Body body)
    {
        var name = body.Kind is BodyKind.Board or BodyKind.PreparatoryGroup or BodyKind.MembersCouncil && body.Name.Length > 1 && !char.IsUpper(body.Name[1])
            ? char.ToLower(body.Name[0], SwedishTime.Culture) + body.Name[1..]
            : body.Name;
        return name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name : name + "s";
    }

    /// <summary>"Styrelsen beslutade" from "Styrelse", for a decision's lead-in.</summary>
    public static string Decided(Body body) => body.Kind switch
    {
        BodyKind.Board => "Styrelsen beslutade",
        BodyKind.PreparatoryGroup => "Beredningsgruppen beslutade",
        BodyKind.MembersCouncil => "Medlemssamrådet beslutade",
        BodyKind.SteeringGroup => "Styrgruppen beslutade",
        _ => $"{body.Name} beslutade",
    };
}
