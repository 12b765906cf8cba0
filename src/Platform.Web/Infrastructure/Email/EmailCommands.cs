using System.Globalization;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Email;

/// <summary>
/// The operators' email commands: check the mail set-up with a test message, and send what is due
/// now instead of waiting for the next minute (also what build/bench.sh measures).
/// </summary>
internal static class EmailCommands
{
    public const string Usage = """
        Användning: dotnet run --project src/Platform.Web -- email <kommando>
          email test <adress> <slug>|--all [antal]   lägg testmeddelanden i utkorgen (standard: 1 per förbund)
          email dispatch <slug>|--all [parallellt]  skicka allt som väntar nu (standard: 4 förbund åt gången)
        """;

    public static bool IsEmailCommand(string[] args) => args.Length > 0 && args[0] == "email";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        await services.GetRequiredService<TenantMigrator>().MigrateCatalogAsync(ct);
        var catalog = services.GetRequiredService<TenantCatalog>();
        IReadOnlyList<TenantInfo>? Select(string which) => which == "--all"
            ? catalog.All.Where(t => t.IsActive).ToList()
            : catalog.FindBySlug(which) is { IsActive: true } one ? [one] : null;

        switch (args.Skip(1).ToArray())
        {
            case ["test", var address, var which, .. var rest] when rest.Length <= 1:
                var count = rest is [var n] && int.TryParse(n, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : 1;
                if (Select(which) is not { } targets) return Unknown(output, which);
                foreach (var tenant in targets) await QueueTestAsync(services, tenant, address, count, ct);
                output.WriteLine($"queued={targets.Count * count} associations={targets.Count}");
                return 0;

            case ["dispatch", var which, .. var rest] when rest.Length <= 1:
                var parallel = rest is [var p] && int.TryParse(p, CultureInfo.InvariantCulture, out var q) && q > 0 ? q : 4;
                if (Select(which) is not { } all) return Unknown(output, which);
                return await DispatchAsync(services, all, parallel, output, ct);

            default:
                output.WriteLine(Usage);
                return 2;
        }
    }

    private static int Unknown(TextWriter output, string which)
    {
        output.WriteLine($"Det finns inget aktivt förbund med kortadressen \"{which}\".");
        return 1;
    }

    private static async Task QueueTestAsync(IServiceProvider services, TenantInfo tenant, string address, int count, CancellationToken ct)
    {
        await using var scope = services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant.Id);
        var outbox = scope.Services.GetRequiredService<EmailOutbox>();
        for (var i = 1; i <= count; i++)
        {
            await outbox.QueueAsync(new EmailMessage($"test/{Guid.NewGuid():N}", [new EmailRecipient(address)],
                new EmailContent($"Testmeddelande {i} från {tenant.Name}", "Testmeddelande",
                    ["Det här är ett test av förbundets e-post från samordningsplattformen. Åäö ska synas som å, ä och ö."])), ct);
        }
        await scope.Services.GetRequiredService<TenantDb>().SaveChangesAsync(ct);
    }

    /// <summary>Sends everything due for each association, some associations at a time, and reports the rate.</summary>
    private static async Task<int> DispatchAsync(IServiceProvider services, IReadOnlyList<TenantInfo> tenants, int parallel, TextWriter output, CancellationToken ct)
    {
        var batch = await TenantBatch.RunAsync(services, tenants, parallel, async (scope, token) =>
        {
            var dispatcher = scope.Services.GetRequiredService<OutboxDispatcher>();
            var sent = 0;
            try
            {
                OutboxDispatchResult result;
                do
                {
                    result = await dispatcher.DispatchDueAsync(token);
                    sent += result.Sent;
                } while (result.Sent > 0);
                return (sent, result.Waiting > 0 ? "e-postservern svarade inte" : null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return (sent, ex.Message); // what went out before the failure counts
            }
        }, ct);

        foreach (var failed in batch.Failed)
            output.WriteLine($"{failed.Slug}: FEL: {failed.Problem}");
        var sentTotal = batch.Runs.Sum(r => r.Done);
        var seconds = batch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dispatched={sentTotal} associations={tenants.Count} seconds={seconds:F2} rate={sentTotal / Math.Max(seconds, 0.001):F0} slowest={batch.Slowest.Slug}:{batch.Slowest.Milliseconds:F0}ms"));
        return batch.Failed.Any() ? 1 : 0;
    }
}
