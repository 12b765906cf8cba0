namespace Platform.Features.Grants.Model;

/// <summary>
/// A funding application (ansökan om medel): the current text of the form, its state and, once decided, the
/// grant. Each submission keeps a frozen copy (<see cref="ApplicationVersion"/>), so a revised application
/// (reviderad ansökan) never overwrites what the preparatory group read before.
/// </summary>
internal sealed class FundingApplication
{
    public Guid Id { get; init; }
    /// <summary>Running number in the association, shown as "Ansökan 7".</summary>
    public int Number { get; init; }
    public ApplicationState State { get; set; }
    /// <summary>The intervention's name (insatsens namn).</summary>
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    /// <summary>The period applied for; the budget's years are the years of this period.</summary>
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    // The applicant (ansvarig part, stödmottagare).
    /// <summary>The member party the applicant belongs to (from the member register).</summary>
    public Guid? ApplicantMemberId { get; set; }
    public string ApplicantOrganisation { get; set; } = "";
    public string? ApplicantUnit { get; set; }
    /// <summary>Who may sign agreements for the applicant (behörig att teckna avtal).</summary>
    public string? ApplicantSignatory { get; set; }
    /// <summary>NNNNNN-NNNN, checked.</summary>
    public string? ApplicantOrganisationNumber { get; set; }
    public string? ApplicantStreet { get; set; }
    public string? ApplicantPostalCode { get; set; }
    public string? ApplicantCity { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>Where the draft link, the receipt and the report links go.</summary>
    public string ContactEmail { get; set; } = "";
    public PaymentAccountKind? PaymentAccountKind { get; set; }
    /// <summary>The bankgiro or plusgiro number, formatted, checked.</summary>
    public string? PaymentAccount { get; set; }

    /// <summary>SHA-256 (hex) of the secret in the applicant's link; null when no link is open (submitted and not sent back).</summary>
    public string? AccessKeyHash { get; set; }
    public DateTime? AccessKeyIssuedAt { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>When the latest version was submitted.</summary>
    public DateTime? SubmittedAt { get; set; }

    // The decision.
    /// <summary>The board meeting's agenda item the application was placed on (Board's record, no foreign key).</summary>
    public Guid? AgendaItemId { get; set; }
    /// <summary>The paragraph of the minutes that decided it (Board's record, no foreign key).</summary>
    public Guid? DecisionParagraphId { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>"Under förutsättning att förbundet får bidrag från huvudmännen för 2025 …".</summary>
    public string? Conditions { get; set; }
    /// <summary>The intervention the grant created in the register (linked both ways).</summary>
    public Guid? InterventionId { get; set; }

    // The agreement (avtal).
    public DateOnly? AgreementSignedOn { get; set; }
    /// <summary>Who signed for the recipient.</summary>
    public string? AgreementSignedBy { get; set; }
}
