namespace Platform.Features.Grants.Office;

/// <summary>The office's application pages: forms answered with the office's confirmations (<see cref="OfficeTexts"/>).</summary>
internal abstract class GrantsOfficePageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => OfficeTexts.Confirmations;
}
