using Platform.Features.Board.Model;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>The facts of a notice in words, the same on the page, in the feeds and on the printed minutes.</summary>
internal static class NoticeText
{
    public const string WhereToAppeal =
        "Den som är medlem i en kommun eller region som är medlem i förbundet kan överklaga beslutet genom laglighetsprövning hos förvaltningsrätten (kommunallagen 13 kap.). " +
        "Skriv vilket beslut du överklagar och varför du anser att det strider mot lag. Skicka överklagandet till förvaltningsrätten.";

    public static string AppealBy(Posting posting) =>
        $"Överklagandet ska ha kommit in till förvaltningsrätten senast {posting.LastAppealDay:yyyy-MM-dd}, tre veckor efter anslagsdagen.";

    public static string Title(Posting posting) =>
        $"{posting.BodyName}, sammanträde {posting.MeetingDate:yyyy-MM-dd}, {posting.Paragraphs}{(posting.ImmediateOnly ? " (omedelbart justerade)" : "")}";

    public static string Summary(Posting posting) =>
        $"Protokollet från {posting.BodyName.ToLowerInvariant()}s sammanträde {posting.MeetingDate:yyyy-MM-dd} ({posting.Paragraphs}) justerades {posting.AdjustedOn:yyyy-MM-dd} " +
        $"och anslogs {posting.PostedOn:yyyy-MM-dd}. Sista dag att överklaga är {posting.LastAppealDay:yyyy-MM-dd}; anslaget tas ned tidigast {posting.EarliestTakedown:yyyy-MM-dd}. " +
        $"Protokollet förvaras hos {posting.KeptAt}.";
}
