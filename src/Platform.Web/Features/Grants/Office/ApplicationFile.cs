using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Office;

/// <summary>One application as the office reads it: the current content, the versions, the history, the review, the conflicts and the decision.</summary>
internal sealed record ApplicationFile(
    FundingApplication Application,
    string? ApplicantMember,
    IReadOnlyList<ApplicationFile.Party> Parties,
    IReadOnlyList<ApplicationFile.Section> Sections,
    IReadOnlyList<ApplicationGoal> Goals,
    IReadOnlyList<ApplicationFile.BudgetRow> Budget,
    IReadOnlyList<int> Years,
    IReadOnlyList<ApplicationAttachment> Attachments,
    IReadOnlyList<ApplicationVersion> Versions,
    IReadOnlyList<ApplicationEvent> History,
    IReadOnlyList<SupplementRequest> Supplements,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<ConflictOfInterest> Conflicts,
    IReadOnlyList<GrantYear> Granted,
    IReadOnlyList<GrantPayment> Payments,
    IReadOnlyList<GrantReport> Reports)
{
    /// <summary>A cooperating party, with the member party it is (by name) when it is one.</summary>
    internal sealed record Party(ApplicationParty Record, string? Member);

    /// <summary>A template section with the applicant's answer.</summary>
    internal sealed record Section(string Key, string Title, string Text);

    /// <summary>A budget line: cost type, specification and amount per year.</summary>
    internal sealed record BudgetRow(string CostType, string? Specification, IReadOnlyDictionary<int, long> Amounts)
    {
        public long Total => Amounts.Values.Sum();
    }

    /// <summary>The budget's total for a year (what was applied for that year).</summary>
    public long AppliedFor(int year) => Budget.Sum(r => r.Amounts.GetValueOrDefault(year));

    public long AppliedTotal => Budget.Sum(r => r.Total);

    public long GrantedTotal => Granted.Sum(g => g.Amount);

    /// <summary>"Ansökan" for version 1, "Reviderad ansökan 2" after.</summary>
    public static string VersionLabel(int number) => number == 1 ? "Ansökan" : $"Reviderad ansökan {number}";

    public ApplicationVersion? Latest => Versions.Count == 0 ? null : Versions[^1];
}
