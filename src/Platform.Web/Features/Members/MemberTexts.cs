namespace Platform.Features.Members;

/// <summary>The member register's Swedish messages.</summary>
internal static class MemberTexts
{
    /// <summary>What a page says after a change, by the key a redirect puts in <c>?klart=</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tillagd"] = "Medlemmen är tillagd i registret.",
        ["sparad"] = "Medlemmens uppgifter är sparade. Nya fakturor får de nya uppgifterna; skickade fakturor ändras inte.",
    };
}
