using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// The standard items every body's agenda begins with, in the order the associations' minutes use
/// (Insjöriket 2021-06-18 § 1100–1111, Sundsvall 2024-05-07 § 70–74): the opening items, the body's
/// own matters, then the closing items. A body's template starts as this and the office changes it.
/// </summary>
internal static class StandardAgenda
{
    private static readonly (string Title, string? Description, string? ProposedDecision, bool Closing)[] Items =
    [
        ("Sammanträdet öppnas", null, null, false),
        ("Val av justerare", null, "Att utse en ledamot att jämte ordföranden justera dagens protokoll.", false),
        ("Fastställande av dagordning", null, "Att fastställa upprättat förslag till dagordning.", false),
        ("Föregående protokoll", "Protokollet från föregående sammanträde är justerat och anslaget.", "Att lägga protokollet till handlingarna.", false),
        // The body's own matters go here.
        ("Informationspunkt förbundschef", "Förbundschefen informerar om aktuella frågor.", "Att lägga informationen till handlingarna.", true),
        ("Övriga frågor", null, null, true),
        ("Nästa sammanträde", null, null, true),
        ("Sammanträdet avslutas", null, null, true),
    ];

    /// <summary>The standard items as a new template of <paramref name="bodyId"/>.</summary>
    public static List<AgendaTemplateItem> For(Guid bodyId, Func<Guid> newId) =>
        Items.Select((item, i) => new AgendaTemplateItem
        {
            Id = newId(),
            BodyId = bodyId,
            Order = i + 1,
            Title = item.Title,
            Description = item.Description,
            ProposedDecision = item.ProposedDecision,
        }).ToList();

    /// <summary>One of the closing items: the office's own items go before it.</summary>
    public static bool IsClosing(string title) => Items.Any(i => i.Closing && string.Equals(i.Title, title, StringComparison.OrdinalIgnoreCase));
}
