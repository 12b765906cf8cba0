namespace Platform.Infrastructure.Demo;

/// <summary>
/// Sundsvall's application for a job consultant at Arbetsmarknadstorget (seeds/004, "Ansökan om medel från
/// Samordningsförbundet i Sundsvall" and its "Mall för insatsbeskrivningar"), in the paper's own words,
/// some sections shortened. Email addresses are the demo's (*.example), never the paper's.
/// </summary>
internal static class DemoSundsvallApplication
{
    public const string Title = "Arbetskonsulent med uppdrag från andra än ekonomiskt bistånd";

    public const string Organisation = "Individ- och arbetsmarknadsförvaltningen";
    public const string Unit = "IAF Arbete och försörjning";
    public const string Signatory = "Denise Wallén, förvaltningsdirektör";
    public const string OrganisationNumber = "212000-2411";
    public const string Street = "Individ- och arbetsmarknadsförvaltningen, Arbete och försörjning";
    public const string PostalCode = "851 85";
    public const string City = "Sundsvall";
    public const string ContactName = "Denise Wallén";
    public const string ContactPhone = "060-19 22 79";
    public const string ContactEmail = "denise.wallen@sundsvall.example";

    /// <summary>Made up for the demo (the paper leaves the field empty); it passes the Luhn check.</summary>
    public const string Bankgiro = "5391-2275";

    /// <summary>The cooperating parties: (member, unit, who may sign, contact, phone, email).</summary>
    public static readonly (string Member, string? Unit, string? Signatory, string? Contact, string? Phone, string? Email)[] Parties =
    [
        ("Arbetsförmedlingen", "Sundsvall", "Peter Pettersson", "Peter Pettersson", "010-468 84 91", "peter.pettersson@arbetsformedlingen.example"),
        ("Försäkringskassan", "SFT", "Mikael Broman", "Camilla Steen", null, "camilla.steen@forsakringskassan.example"),
        ("Region Västernorrland", null, null, "Karin Nordström", null, "karin.nordstrom@rvn.example"),
    ];

    private const string SummaryStart =
        "Ansökan avser utökande av en arbetskonsulent för att möta upp fler deltagare som inte uppbär ekonomiskt bistånd men som ändå är i behov av arbetslivsinriktad rehabilitering som kan ges på Arbetsmarknadstorget. " +
        "Under 2021-2022 finansierades två tjänster för detta men på grund av lågt inflöde från aktualiserande parter drogs en av tjänsterna in vid årsskiftet. " +
        "Sedan dess har vi sett ett ökat behov som nu resulterat i en kö på ca 13 personer med en väntetid på ca 6 månader vilket är destruktivt för personens motivation att få ta del av stödet. " +
        "Trots att vi sett över arbetssättet för att få en snabbare process så ökar kön hela tiden då fler aktualiseringar görs.";

    private const string SummarySfi =
        " Samtidigt ser vi också ett behov av att kunna erbjuda stöd till deltagare som studerar bransch-SFI på Vuxenutbildningen som ej uppbär ekonomiskt bistånd men har behov av att kombinera sina studier med arbetsträning/praktik för att klargöra och fastställa arbetsförmågan genom arbetslivsinriktad rehabilitering.";

    private const string SummaryEnd =
        " Utifrån detta finns ett behov av att utöka möjligheten för fler deltagare genom ansökan om finansiering av ytterligare en arbetskonsulenttjänst för att möta fler i målgruppen som ej ingår i IAF:s ordinarie uppdrag.\n\n" +
        "Ansökan avser totalt 973 500 kr för lönekostnad, kostnad för IT- och telefoni samt lokalkostnader för sept-dec 2024 (247 500 kr) samt jan-dec 2025 (726 000 kr).";

    /// <summary>The summary; the first version lacked the students of bransch-SFI, which the revised application added (illustrative: the paper shows only the revised one).</summary>
    public static string Summary(bool revised) => SummaryStart + (revised ? SummarySfi : "") + SummaryEnd;

    private const string TargetGroupSfi =
        "\n- Elever som studerar bransch-SFI på Vuxenutbildningen som ej uppbär ekonomiskt bistånd men har behov av att kombinera sina studier med arbetsträning/praktik för att klargöra och fastställa arbetsförmågan genom arbetslivsinriktad rehabilitering.";

    /// <summary>The description sections by the template's keys (GrantModel.SeededSections).</summary>
    public static IReadOnlyDictionary<string, string> Sections(bool revised) => new Dictionary<string, string>
    {
        ["background"] =
            "Då Individ- och arbetsmarknadsförvaltningens (IAF) arbetskonsulenter har som huvuduppdrag att arbeta med personer som uppbär försörjningsstöd eller med personer som de haft i uppdrag att arbeta med enligt avtal med Arbetsförmedlingen har vissa målgrupper inte haft tillgång till utförare i samma utsträckning som andra. " +
            "Det ledde till att Arbetsmarknadstorget under hösten 2016 beviljades medel till en arbetskonsulent som skulle kunna arbeta med målgruppen unga med aktivitetsersättning eller sjukpenning. Funktionen har funnits sedan dess och har lett till att Försäkringskassan som part känt avsevärt större nytta med sin samverkan på Arbetsmarknadstorget.\n\n" +
            "Utifrån ett stigande inflöde från Försäkringskassan och Region Västernorrland beviljades medel till ytterligare en tjänst från och med hösten 2021 till 2022. På grund av vakanser på både Försäkringskassan och Arbetsförmedlingens handläggare som arbetat med gemensam kartläggning var inflödet till tjänsterna inte i den omfattning som man trodde vilket ledde till att Samordningsförbundet i juni 2022 fattade ett inriktningsbeslut om att minska ned finansiering till dessa tjänster från två till en från och med 2023.\n\n" +
            "Under 2023 och 2024 har det enbart varit en tjänst som mött upp andra målgrupper motsvarande 25-30 deltagare. Deltagare som aktualiserats har satts på kö med så lång väntetid som 6 månader periodvis. I beredningsgruppen in till Arbetsmarknadstorget har det konstaterats en ökning av antalet aktualiseringar från Försäkringskassan, Region Västernorrland och Arbetsförmedlingen vilket innebär att det i dagsläget står 13 personer i kö.",
        ["purpose"] =
            "Att personer som saknar naturliga vägar in till arbetslivsriktad rehabilitering på grund av att de är i behov av förrehabiliterande insatser eller saknar vissa ersättningar som öppnar dörren till insatser från olika aktörer får detta stöd i syfte att göra dem redo för att ta steget in till ordinarie aktör.",
        ["targetGroup"] =
            "Målgruppen till denna tjänst är inte homogen utan ser olika ut beroende på vilken aktör som aktualiserar.\n" +
            "- Personer som aktualiseras av Försäkringskassan kan vara personer som är sjukskrivna och som behöver få sin arbetsförmåga prövad men bedöms vara i behov av förrehabiliterande insatser innan det kan bli aktuellt att gå vidare mot det förstärkta samarbetet med Arbetsförmedlingen.\n" +
            "- Personer som aktualiseras av Region Västernorrland kan vara personer som har kontakt med regionen som av olika anledningar varken får ekonomiskt bistånd eller sjukskrivning.\n" +
            "- Personer som aktualiseras av Arbetsförmedlingen är personer som har ett samverkansbehov mellan vård och kommun men inte erhåller ekonomiskt bistånd." +
            (revised ? TargetGroupSfi : ""),
        ["scope"] =
            "Så väl Försäkringskassan, Region Västernorrland, Arbetsförmedlingen och Vuxenutbildningen kan aktualisera till denna tjänst. Inflödet till tjänsten sker genom att remitterande part aktualiserar behovet av tjänsten till Arbetsmarknadstorgets beredningsgrupp som sedan tar ställning till om personen ska startas upp av arbetskonsulenter som har denna tjänst.",
        ["implementation"] =
            "Tjänsten organiseras som tidigare under Individ- och arbetsmarknadsförvaltningen (IAF) och är en del av arbetskonsulentgruppen på Arbetsmarknadstorget. Aktualisering till tjänsten sker genom Arbetsmarknadstorgets beredningsgrupp där varje parts representanter lyfter ärendet till beredning.\n\n" +
            "Arbetskonsulenterna arbetar utifrån arbetsmetoden Individuellt Stöd i Arbete, ISA-metoden. Den har grunden i Supported Employment, men har vidareutvecklats för att passa svenska förhållanden. Arbetskonsulenterna och deltagaren träffas inledningsvis för att kartlägga personens förutsättningar för arbete och sätter upp mål för insatsen och tiden på Arbetsmarknadstorget. Målet är att komma i gång i arbetsträning, praktik eller studier, som kan ge deltagaren erfarenheter och möjligheter att fortsätta mot anställning/arbete eller utbildning.\n\n" +
            "Beroende på vilken part som aktualiserat kan uppdraget se olika ut. För ärenden som aktualiseras från sjukpenningsidan från Försäkringskassan är uppdraget att klargöra om arbetsförmåga upp till 10 timmar finns. När denna tid uppnåtts ska ärendet återlämnas till Försäkringskassan för aktualisering till det förstärkta samarbetet (GK) mellan Arbetsförmedlingen och Försäkringskassan.\n\n" +
            "Även om själva tjänsten har finansierats av Samordningsförbundet har Sundsvalls kommun gått in med att erbjuda tillgång till det platsutbud och insatser som finns inom Individ- och arbetsmarknadsförvaltningen för målgruppen.",
        ["equality"] =
            "Eftersom samverkande part är de som aktualiserar deltagarna har IAF ingen möjlighet att begränsa deltagartalet utifrån kön. Det är snarare remitterande parts bedömning av behov som styr vilka som aktualiseras. Arbetsmarknadstorget har idag som helhet en jämn fördelning mellan män och kvinnor som är inskrivna på Arbetsmarknadstorget. Resultatet vid avslut ska redovisas könsuppdelat vid halvårs- och helårsrapport.",
        ["spreading"] =
            "Uppföljning sker kontinuerligt i möten med deltagarna. Fortlöpande utvärdering sker genom samverkansmöten några gånger per år med Försäkringskassans Försäkringsutredare. Deltagarna ska registreras i uppföljning FINSAM och indikatorer ska följas upp genom bland annat enkäter under insats samt vid avslut. Rapport av resultatet ska göras två gånger per år i form av en halvårsrapport och en årsrapport.",
        ["partyResults"] =
            "Vår förväntan är att det även kommande år ska leda till att målgruppen får tillgång till denna typ av stöd och att insatserna som vi kan ge är tillräckliga för att personen kan ta nästa steg vidare till rätt aktör för att i förlängningen komma ut i självförsörjning.\n\n" +
            "Kommunen ser förvisso vinster både på samhällsekonomiskt och personlig nivå för brukarna med att ge dessa insatser men då det inte ligger inom ramen för kommunens ansvar och uppdrag finns ingen möjlighet för implementering av tjänsten utan extern finansiering.",
        ["individualResults"] =
            "Uppdraget innebär att klargöra arbetsförmågan för de personer som aktualiseras till tjänsten. Förväntat utfall är att deltagaren fått sin arbetsförmåga klarlagd genom samordnade insatser på Arbetsmarknadstorget. I bästa fall går personen vidare direkt till egen försörjning men ett lyckat utfall är också att deltagaren ökat sin aktivitetsförmåga och fått klarlagt i vilken omfattning personen kan arbeta.",
    };

    /// <summary>2.1 Insatsens mål, with their indicators.</summary>
    public static readonly (string Goal, string Indicator)[] Goals =
    [
        ("Deltagarna i insatsen som aktualiseras från Försäkringskassans sjukpenningsida har fått sin arbetsförmåga klarlagd.", "75 % av de som aktualiseras från FK ska gå vidare till GK."),
        ("Deltagarna i insatsen närmar sig egen försörjning.", "Mäts med NNS indikatorenkät och sammanställs i årsrapporten."),
        ("Deltagarna i insatsen upplever att de fått hjälp att utveckla sätt att hantera sin situation.", "Mäts med NNS indikatorenkät och sammanställs i årsrapporten."),
        ("Deltagarna upplever att det finns en planering som tar vid när insatsen avslutas.", "Mäts med NNS indikatorenkät och sammanställs i årsrapporten."),
    ];

    /// <summary>4. Sökta medel: cost type (as seeded) → 2024, 2025.</summary>
    public static readonly (string CostType, long Y2024, long Y2025)[] Budget =
    [
        ("Lönekostnader", 225_000, 681_000),
        ("Lokalkostnader", 15_000, 30_000),
        ("Material (IT och telefoni)", 7_500, 15_000),
    ];

    /// <summary>§ 73's decision: the condition of the grant.</summary>
    public const string Conditions = "Under förutsättning att förbundet får bidrag från huvudmännen för 2025 enligt förslaget som nu ligger.";
}
