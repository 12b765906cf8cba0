using Platform.Features.Shared;

namespace Platform.Features.Grants.Reports;

/// <summary>The report pages: forms answered with <see cref="GrantReportTexts"/>.</summary>
internal abstract class GrantReportsPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => GrantReportTexts.Confirmations;
}
