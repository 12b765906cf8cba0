namespace Platform.Features.Fees;

/// <summary>The fee pages: forms answered with the fee confirmations (<see cref="FeeTexts"/>).</summary>
internal abstract class FeesPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => FeeTexts.Confirmations;
}
