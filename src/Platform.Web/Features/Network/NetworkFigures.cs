namespace Platform.Features.Network;

/// <summary>
/// Every figure the nightly statistics job writes, in the order the network's table shows them. The
/// list is the whole schema of what may leave an association: numbers only, never a name. A feature
/// that arrives later (interventions, participants by gender and outcome) adds its figures here and
/// an <see cref="IStatisticsSource"/> that computes them.
/// </summary>
internal static class NetworkFigures
{
    public const string MembersGroup = "Medlemmar";
    public const string BoardGroup = "Styrelsen";
    public const string FeesGroup = "Medlemsavgifter";
    public const string InterventionsGroup = "Insatser";

    public static readonly NetworkFigure MemberParties = new("memberParties", "Medlemsparter", MembersGroup, FigureUnit.Count,
        "Medlemmar vid årets slut (i år: i dag), alla slag.");
    public static readonly NetworkFigure Municipalities = new("municipalities", "Kommuner", MembersGroup, FigureUnit.Count,
        "Medlemskommuner vid årets slut (i år: i dag).");
    public static readonly NetworkFigure Population = new("population", "Invånare i kommunerna", MembersGroup, FigureUnit.People,
        "Summan av medlemskommunernas befolkning enligt medlemsregistret.");
    public static readonly NetworkFigure BoardSeatHolders = new("boardSeatHolders", "Ledamöter och ersättare", BoardGroup, FigureUnit.People,
        "Personer med plats i styrelsen vid årets slut (i år: i dag).");
    public static readonly NetworkFigure BoardMeetings = new("boardMeetings", "Styrelsemöten", BoardGroup, FigureUnit.Count,
        "Styrelsens sammanträden under året som har hållits (inställda räknas inte).");
    public static readonly NetworkFigure MinutesAdjusted = new("minutesAdjusted", "Justerade protokoll", BoardGroup, FigureUnit.Count,
        "Protokoll från årets styrelsemöten som är justerade.");
    public static readonly NetworkFigure MinutesAdjustedWithin14Days = new("minutesAdjustedWithin14Days", "Justerade inom 14 dagar", BoardGroup, FigureUnit.Count,
        "Av dem: justerade senast 14 dagar efter sammanträdet.");
    public static readonly NetworkFigure PostingsOnTime = new("postingsOnTime", "Anslag i tid", BoardGroup, FigureUnit.Count,
        "Anslag om justering för årets styrelsemöten som sattes upp senast andra vardagen efter justeringen (kommunallagen 8 kap 12 §).");
    public static readonly NetworkFigure PostingsLate = new("postingsLate", "Anslag för sent", BoardGroup, FigureUnit.Count,
        "Anslag om justering för årets styrelsemöten som sattes upp efter sista dagen.");
    public static readonly NetworkFigure MedianDaysToPosting = new("medianDaysToPosting", "Dagar till anslag (median)", BoardGroup, FigureUnit.Days,
        "Median av antalet dagar från sammanträdet till anslaget om att hela protokollet är justerat.");
    public static readonly NetworkFigure FeesDecided = new("feesDecided", "Beslutade avgifter", FeesGroup, FigureUnit.Kronor,
        "Årets medlemsavgifter enligt avgiftsbeslutet, i kronor.");
    public static readonly NetworkFigure FeesInvoiced = new("feesInvoiced", "Fakturerat", FeesGroup, FigureUnit.Kronor,
        "Fakturerat för året minus krediterat, i kronor.");
    public static readonly NetworkFigure FeesPaid = new("feesPaid", "Betalt", FeesGroup, FigureUnit.Kronor,
        "Betalningar som hör till årets fakturor, i kronor.");
    public static readonly NetworkFigure FeesOverdue = new("feesOverdue", "Förfallet obetalt", FeesGroup, FigureUnit.Kronor,
        "Obetalt på fakturor vars förfallodag har passerat, i kronor.");

    public static readonly NetworkFigure InterventionsIndividual = new("interventionsIndividual", "Individinriktade insatser", InterventionsGroup, FigureUnit.Count,
        "Individinriktade insatser som pågick någon gång under året.");
    public static readonly NetworkFigure InterventionsStructural = new("interventionsStructural", "Strukturövergripande insatser", InterventionsGroup, FigureUnit.Count,
        "Strukturövergripande insatser som pågick någon gång under året.");
    public static readonly NetworkFigure ParticipantsWomen = new("participantsWomen", "Deltagare, kvinnor", InterventionsGroup, FigureUnit.People,
        "Kvinnor som deltog i en insats någon gång under året (deltagare med och utan samtycke, per insats).");
    public static readonly NetworkFigure ParticipantsMen = new("participantsMen", "Deltagare, män", InterventionsGroup, FigureUnit.People,
        "Män som deltog i en insats någon gång under året (deltagare med och utan samtycke, per insats).");
    public static readonly NetworkFigure EndedToWorkOrStudiesWomen = new("endedToWorkOrStudiesWomen", "Avslutade till arbete eller studier, kvinnor", InterventionsGroup, FigureUnit.People,
        "Avslut under året där kvinnor gick till arbete eller studier.");
    public static readonly NetworkFigure EndedToWorkOrStudiesMen = new("endedToWorkOrStudiesMen", "Avslutade till arbete eller studier, män", InterventionsGroup, FigureUnit.People,
        "Avslut under året där män gick till arbete eller studier.");
    public static readonly NetworkFigure CostPerParticipant = new("costPerParticipant", "Kostnad per deltagare", InterventionsGroup, FigureUnit.Kronor,
        "Insatskostnadens utfall för året delat med årets deltagare i de insatser som har ett utfall, i kronor. Visas inte när deltagarna är färre än 5.",
        Additive: false);

    public static readonly IReadOnlyList<NetworkFigure> All =
    [
        MemberParties, Municipalities, Population,
        BoardSeatHolders, BoardMeetings, MinutesAdjusted, MinutesAdjustedWithin14Days, PostingsOnTime, PostingsLate, MedianDaysToPosting,
        FeesDecided, FeesInvoiced, FeesPaid, FeesOverdue,
        InterventionsIndividual, InterventionsStructural, ParticipantsWomen, ParticipantsMen,
        EndedToWorkOrStudiesWomen, EndedToWorkOrStudiesMen, CostPerParticipant,
    ];

    private static readonly Dictionary<string, NetworkFigure> ByKey = All.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static NetworkFigure? Find(string key) => ByKey.GetValueOrDefault(key);
}
