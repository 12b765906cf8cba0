using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Web;

public sealed class OpenApiTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task The_api_is_described_on_every_known_host_and_only_the_api()
    {
        await _platform.ProvisionAsync("roslagen");

        foreach (var host in new[] { "roslagen.localhost", "localhost" })
        {
            var document = await _platform.ClientFor(host).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            Assert.Equal("Samordningsplattformen", document.GetProperty("info").GetProperty("title").GetString());
            var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
            Assert.Contains("/api/members", paths);
            Assert.Contains("/api/members/{id}", paths);
            Assert.Contains("/api/calendar/posting-deadline", paths);
            Assert.Contains("/api/calendar/appeal-period", paths);
            Assert.Contains("/api/meetings/{id}/minutes/approve", paths);
            Assert.Contains("/api/meetings/{id}/postings", paths);
            Assert.Contains("/api/postings/{id}/takedown", paths);
            Assert.Contains("/api/bodies/{id}/numbering", paths);
            var approve = document.GetProperty("paths").GetProperty("/api/meetings/{id}/minutes/approve").GetProperty("post");
            Assert.True(approve.GetProperty("responses").TryGetProperty("409", out _));
            Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal)); // no pages, no /connect
            Assert.True(document.GetProperty("paths").GetProperty("/api/members").TryGetProperty("post", out _));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.ClientFor("unknown.example").GetAsync("/openapi/v1.json")).StatusCode);
    }
}
