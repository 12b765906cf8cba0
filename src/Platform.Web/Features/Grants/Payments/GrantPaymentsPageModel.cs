using Platform.Features.Shared;

namespace Platform.Features.Grants.Payments;

/// <summary>The payment pages: forms answered with <see cref="GrantPaymentTexts"/>.</summary>
internal abstract class GrantPaymentsPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => GrantPaymentTexts.Confirmations;
}
