namespace Platform.Features.Grants.Apply;

/// <summary>The application form as the applicant typed it: every value kept as text, so a refused form shows exactly what was typed.</summary>
internal sealed class ApplicationInput
{
    public string? ApplicantMemberId { get; set; }
    public string? ApplicantOrganisation { get; set; }
    public string? ApplicantUnit { get; set; }
    public string? ApplicantSignatory { get; set; }
    public string? ApplicantOrganisationNumber { get; set; }
    public string? ApplicantStreet { get; set; }
    public string? ApplicantPostalCode { get; set; }
    public string? ApplicantCity { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>"Bankgiro" or "Plusgiro".</summary>
    public string? PaymentAccountKind { get; set; }
    public string? PaymentAccount { get; set; }

    public List<PartyInput> Parties { get; set; } = [];

    public string? Title { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? Summary { get; set; }
    /// <summary>The answer per template section, by the section's key.</summary>
    public Dictionary<string, string?> Sections { get; set; } = [];
    public List<GoalInput> Goals { get; set; } = [];

    /// <summary>Budget cells by "costTypeId_year" (see <see cref="CellKey"/>), as typed ("225 000 kr").</summary>
    public Dictionary<string, string?> Budget { get; set; } = [];
    /// <summary>What the other costs are, by cost type id.</summary>
    public Dictionary<string, string?> Specifications { get; set; } = [];

    public static string CellKey(Guid costTypeId, int year) => $"{costTypeId:N}_{year}";
}
