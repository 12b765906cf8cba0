using Microsoft.Extensions.Options;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

internal static class EmailServiceCollectionExtensions
{
    /// <summary>The outbox, its dispatcher (every minute for every association) and the sender from <c>Email:Delivery</c>.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxDispatch>();
        services.AddScoped<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return options.Delivery switch
            {
                EmailDelivery.Smtp => new SmtpEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>()),
                _ => new PickupEmailSender(
                    Path.Combine(sp.GetRequiredService<IOptions<PlatformOptions>>().Value.DataDirectoryFullPath, options.PickupDirectory),
                    sp.GetRequiredService<TenantContext>()),
            };
        });
        services.AddRecurringTenantJob<OutboxDispatchJob>(OutboxDispatchJob.Id, "Skicka e-post ur utkorgen", "* * * * *", "varje minut");
        return services;
    }
}
