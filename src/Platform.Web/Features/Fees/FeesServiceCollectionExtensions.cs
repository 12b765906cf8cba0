using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Overview;
using Platform.Features.Fees.Payments;
using Platform.Features.Fees.Settings;
using Platform.Infrastructure.Jobs;

namespace Platform.Features.Fees;

internal static class FeesServiceCollectionExtensions
{
    /// <summary>Membership fees: decisions, invoicing, payments, reminders, scoped to the association.</summary>
    public static IServiceCollection AddFees(this IServiceCollection services)
    {
        services.AddScoped<FeeSettingsStore>();
        services.AddScoped<FeeDecisions>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<InvoicingFailures>();
        services.AddScoped<PaymentReminders>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<FeeOverview>();
        services.AddScoped<FeeAgenda>();
        services.AddScoped<FeeContributions>();
        services.AddRecurringTenantJob<InvoicingJob>(InvoicingJob.Id, "Fakturor och betalningspåminnelser", "0 7 * * *", "varje morgon kl. 07.00");
        services.AddScoped<Infrastructure.Demo.DemoFeeSeeder>();
        return services;
    }
}
