namespace Platform.Features.Budgets.Export;

/// <summary>What a row of the printed budget is: how it is drawn and, in Excel, whether it is a formula.</summary>
internal enum PaperRowKind
{
    /// <summary>"Intäkter", "Kostnader", a cost group's name in the specification: a label without amounts.</summary>
    Section,
    /// <summary>A line of the budget (indented under its heading when it has one).</summary>
    Line,
    /// <summary>"Medlemsavgift kommunerna, varav": the sum of the lines under a heading.</summary>
    HeadingSum,
    /// <summary>A cost group in the summary: the same as its sum in the specification.</summary>
    GroupRef,
    /// <summary>"Summa insatser": the sum of a group.</summary>
    GroupSum,
    /// <summary>"Summa intäkter", "Summa kostnader".</summary>
    Total,
    /// <summary>"Årets resultat": income less costs, or the same again under the balance.</summary>
    Result,
    /// <summary>"Balanserat resultat årets början".</summary>
    Opening,
    /// <summary>"Balanserat resultat årets slut": opening plus the year's result.</summary>
    Closing,
}
