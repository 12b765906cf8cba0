namespace Platform.Features.Board;

/// <summary>The board's Swedish messages, in one place: confirmations and the refusals its use cases give.</summary>
internal static class BoardTexts
{
    // What is not there (404): the same words on the pages and in the API.
    public const string NoMeeting = "Sammanträdet finns inte.";
    public const string NoBody = "Organet finns inte.";
    public const string NoAgendaItem = "Ärendet finns inte.";
    public const string NoTemplateItem = "Punkten finns inte i standarddagordningen.";
    public const string NoParagraph = "Paragrafen finns inte.";
    public const string NoAttendance = "Raden finns inte.";
    public const string NoSeat = "Platsen finns inte.";
    public const string NoContact = "Personen finns inte.";
    public const string NoAdjuster = "Justeraren finns inte.";
    public const string NoPaper = "Handlingen finns inte.";
    public const string NoGuest = "Den inbjudna finns inte.";
    public const string NoPosting = "Anslaget finns inte.";

    /// <summary>What a page says after a change, by the key a redirect puts in <c>?klart=</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sammantrade"] = "Sammanträdet är sparat.",
        ["sammantrade-kallat"] = "Sammanträdet är sparat, och kallelsen går ut nu till alla som kallas.",
        ["kallelse"] = "Kallelsen går ut nu till alla som kallas. Du ser den i utkorgen.",
        ["inbjuden"] = "Personen är inbjuden. Har kallelsen redan gått ut får personen den nu.",
        ["inbjuden-borttagen"] = "Personen är inte längre inbjuden.",
        ["installningar"] = "Inställningarna är sparade.",
        ["kalender-borttagen"] = "Kalenderadressen är borttagen och slutar att fungera.",
        ["arende"] = "Ärendet är tillagt på dagordningen.",
        ["arende-borttaget"] = "Ärendet är borttaget från dagordningen.",
        ["arende-andrat"] = "Ärendet är ändrat.",
        ["arende-flyttat"] = "Ärendet är flyttat.",
        ["handling"] = "Handlingen är uppladdad.",
        ["handling-borttagen"] = "Handlingen är borttagen.",
        ["handling-andrad"] = "Handlingen är ändrad.",
        ["protokoll"] = "Protokollets uppgifter är sparade.",
        ["narvaro"] = "Närvarolistan är uppdaterad.",
        ["justerare"] = "Justerarna är uppdaterade.",
        ["justerare-paminnd"] = "Justeraren har fått e-post om protokollet igen.",
        ["narvaro-hamtad"] = "Organets ledamöter och ersättare är hämtade till närvarolistan. Markera vilka som var frånvarande och vem som tjänstgjorde för vem.",
        ["tillbakaskickat"] = "Protokollet är tillbakaskickat till kansliet med din kommentar. Du får e-post när det är dags att justera igen.",
        ["paragraf"] = "Paragrafen är sparad.",
        ["paragraf-borttagen"] = "Paragrafen är borttagen.",
        ["paragrafer-fran-dagordningen"] = "Protokollet har en paragraf per ärende på dagordningen. Skriv nu in vad som sades och beslutades.",
        ["omedelbar"] = "Paragrafen är omedelbart justerad.",
        ["skickat"] = "Protokollet är skickat för justering. Justerarna har fått e-post.",
        ["utkast"] = "Protokollet är tillbaka som utkast. Justerarna behöver justera det på nytt.",
        ["justerat"] = "Du har justerat protokollet.",
        ["anslaget"] = "Justeringen är anslagen på anslagstavlan.",
        ["sent-anslag"] = "Justeringen är anslagen, men efter sista dag för anslag. Administratörerna har fått en varning.",
        ["nedtaget"] = "Anslaget är nedtaget och flyttat till arkivet.",
        ["organ"] = "Organet är sparat.",
        ["person"] = "Personen är sparad.",
        ["plats"] = "Platsen är sparad.",
        ["plats-borttagen"] = "Platsen är borttagen.",
        ["numrering"] = "Paragrafnumreringen är sparad.",
        ["mall-punkt"] = "Punkten är tillagd i standarddagordningen.",
        ["mall-punkt-andrad"] = "Punkten är ändrad.",
        ["mall-punkt-flyttad"] = "Punkten är flyttad.",
        ["mall-punkt-borttagen"] = "Punkten är borttagen ur standarddagordningen.",
        ["mall-standard"] = "Standarddagordningen har fått standardpunkterna.",
    };
}
