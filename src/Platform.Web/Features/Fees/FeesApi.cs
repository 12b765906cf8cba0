using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Overview;
using Platform.Features.Fees.Payments;
using Platform.Features.Fees.Settings;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Fees;

/// <summary>
/// Membership fees, one group per sub-feature: decisions per year (everyone of the association
/// reads), invoices and payments (admins, auditors and integration clients read), and every change
/// (admins only).
/// </summary>
internal static class FeesApi
{
    public static IEndpointRouteBuilder MapFeesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").TenantEndpoint().WithTags("Fees")
            .MapFeeDecisionsApi()
            .MapFeeOverviewApi()
            .MapFeeSettingsApi()
            .MapInvoicesApi()
            .MapPaymentsApi();
        return app;
    }
}
