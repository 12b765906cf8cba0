using System.Net;
using System.Net.Http.Headers;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Web;

/// <summary>A page that answers with a bare status shows a Swedish page, never an empty body; the API keeps ProblemDetails.</summary>
public sealed class StatusPageTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task An_unknown_meeting_gets_the_Swedish_page_and_the_api_its_problem_details()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);
        var unknown = Guid.NewGuid();

        using var page = new HttpRequestMessage(HttpMethod.Get, $"/moten/{unknown}");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var shown = await admin.SendAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.Equal("text/html", shown.Content.Headers.ContentType?.MediaType);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Sidan finns inte", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Till startsidan</a>", html, StringComparison.Ordinal); // a way on, not a dead end

        using var api = await admin.GetAsync($"/api/meetings/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sammanträdet finns inte.", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_token_gets_a_Swedish_page_that_says_nothing_was_saved()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/moten") { Content = new FormUrlEncodedContent([new("New.Place", "Rum 1")]) };
        post.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var refused = await admin.SendAsync(post);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Inget har sparats.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
