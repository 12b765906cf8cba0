using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Office;

/// <summary>One application through the API: everything the office page shows, never the applicant's link secret or storage keys.</summary>
internal sealed record GrantFileResponse(
    Guid Id, int Number, string Title, ApplicationState State, string StateLabel, string? Summary, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    GrantFileResponse.Applicant ApplicantParty, IReadOnlyList<GrantFileResponse.Party> Parties, IReadOnlyList<ApplicationFile.Section> Sections,
    IReadOnlyList<GrantFileResponse.Goal> Goals, IReadOnlyList<ApplicationFile.BudgetRow> Budget, IReadOnlyDictionary<string, long> Applied,
    IReadOnlyList<GrantFileResponse.Version> Versions, IReadOnlyList<GrantFileResponse.Attachment> Attachments, IReadOnlyList<GrantFileResponse.Event> History,
    IReadOnlyList<SupplementRequest> Supplements, IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<ConflictOfInterest> Conflicts,
    GrantFileResponse.DecisionPart? Decision, IReadOnlyList<GrantPayment> Payments, IReadOnlyList<GrantFileResponse.Report> Reports)
{
    internal sealed record Applicant(Guid? MemberId, string? Member, string Organisation, string? Unit, string? Signatory, string? OrganisationNumber, string? ContactName, string? ContactPhone, string ContactEmail);
    internal sealed record Party(Guid? MemberId, string? Member, string Organisation, string? Unit, string? Signatory, string? ContactName);
    internal sealed record Goal(string Text, string? Indicator);
    internal sealed record Version(int Number, string Label, DateTime SubmittedAt, string? Pdf);
    internal sealed record Attachment(Guid Id, string FileName, string ContentType, long Length, string Href);
    internal sealed record Event(DateTime At, string Actor, string Text, ApplicationState? State);
    internal sealed record DecisionPart(Guid? AgendaItemId, Guid? ParagraphId, DateOnly? DecidedOn, string? Conditions, IReadOnlyDictionary<string, long> Granted, Guid? InterventionId, DateOnly? AgreementSignedOn, string? AgreementSignedBy, string Agreement);
    internal sealed record Report(Guid Id, int Year, ReportKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn, ReportState State);

    public static GrantFileResponse From(ApplicationFile file)
    {
        var a = file.Application;
        var page = $"/ansokningar/{a.Id}";
        return new GrantFileResponse(a.Id, a.Number, a.Title, a.State, a.State.SwedishLabel(), a.Summary, a.PeriodStart, a.PeriodEnd,
            new Applicant(a.ApplicantMemberId, file.ApplicantMember, a.ApplicantOrganisation, a.ApplicantUnit, a.ApplicantSignatory, a.ApplicantOrganisationNumber, a.ContactName, a.ContactPhone, a.ContactEmail),
            [.. file.Parties.Select(p => new Party(p.Record.MemberId, p.Member, p.Record.Organisation, p.Record.Unit, p.Record.Signatory, p.Record.ContactName))],
            file.Sections,
            [.. file.Goals.Select(g => new Goal(g.Text, g.Indicator))],
            file.Budget,
            file.Years.ToDictionary(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture), file.AppliedFor),
            [.. file.Versions.Select(v => new Version(v.Number, ApplicationFile.VersionLabel(v.Number), v.SubmittedAt, v.PdfStorageKey is null ? null : $"{page}?handler=Version&number={v.Number}"))],
            [.. file.Attachments.Select(x => new Attachment(x.Id, x.FileName, x.ContentType, x.Length, $"{page}?handler=Attachment&attachmentId={x.Id}"))],
            [.. file.History.Select(e => new Event(e.At, e.Actor, e.Text, e.State))],
            file.Supplements, file.Recommendations, file.Conflicts,
            a.AgendaItemId is null && a.DecidedOn is null ? null : new DecisionPart(a.AgendaItemId, a.DecisionParagraphId, a.DecidedOn, a.Conditions,
                file.Granted.ToDictionary(g => g.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Amount), a.InterventionId, a.AgreementSignedOn, a.AgreementSignedBy, $"{page}/avtal.pdf"),
            file.Payments,
            [.. file.Reports.Select(r => new Report(r.Id, r.Year, r.Kind, r.PeriodStart, r.PeriodEnd, r.DueOn, r.State))]);
    }
}
