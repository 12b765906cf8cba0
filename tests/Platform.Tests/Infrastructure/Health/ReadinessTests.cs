using System.Net;
using System.Text.Json;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Health;

public sealed class ReadinessTests : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30); // KeepFor
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private async Task<JsonElement> ReadyAsync()
    {
        using var response = await _platform.ClientFor("localhost").GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("tenant-databases");
    }

    private int ChecksOf(string slug) =>
        _platform.Logs.Records.Count(r => r.Message.StartsWith("Readiness: the database of " + slug, StringComparison.Ordinal));

    // The anonymous probe must not cost a query per association on every call.
    [Fact]
    public async Task The_readiness_probe_opens_the_association_databases_once_in_its_window_and_again_after_it()
    {
        await _platform.ProvisionAsync("alfa");
        var beta = await _platform.ProvisionAsync("beta");
        Assert.Equal("2 of 2 active association databases answer", (await ReadyAsync()).GetProperty("description").GetString());

        // Beta stops answering: a call within the window gets the kept result and opens nothing.
        _platform.Service<TenantAvailability>().MarkUnavailable(beta.Id, "test");
        _platform.Clock.Advance(KeepFor - TimeSpan.FromSeconds(1));
        var kept = await ReadyAsync();
        Assert.Equal("2 of 2 active association databases answer", kept.GetProperty("description").GetString());
        Assert.Equal("2026-11-23 09:00:00Z", kept.GetProperty("checkedAt").GetString()); // operators see how old the answer is
        Assert.Equal(0, ChecksOf("beta"));

        _platform.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await ReadyAsync();
        Assert.Equal("1 of 2 active association databases answer", again.GetProperty("description").GetString());
        Assert.Equal(1, ChecksOf("beta"));
        await ReadyAsync();
        Assert.Equal(1, ChecksOf("beta"));
    }
}
