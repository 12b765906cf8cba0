using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Infrastructure.Identity;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Meetings;

/// <summary>
/// The edges of the papers: a body that is not readable multipart is the sender's error (400, never
/// a 500), and a paper, public or not, is a download no cache keeps (Cache-Control: no-store), as is
/// every API answer; the notice board's public feeds stay cacheable.
/// </summary>
public sealed class PaperUploadEdgeTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private HttpClient _admin = null!;
    private string _meeting = null!;

    public async Task InitializeAsync()
    {
        var tenant = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await _platform.AddPersonAsync(tenant, Roles.Admin, "kansli@roslagen.test");
        _admin = await _platform.ApiClientAsync(tenant, "kansli@roslagen.test");
        (_, _meeting) = await _admin.MeetingAsync("2026-12-10");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    /// <summary>A multipart body whose closing boundary never comes (what a cut-off or hand-made upload sends).</summary>
    private static ByteArrayContent BrokenMultipart(string? token = null)
    {
        var body = new StringBuilder();
        if (token is not null) body.Append("--grans\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n").Append(token).Append("\r\n");
        body.Append("--grans\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bilaga.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 utan slut");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grans-som-inte-finns");
        return content;
    }

    [Fact]
    public async Task A_malformed_multipart_upload_to_the_api_is_a_400_problem_not_a_500()
    {
        using var response = await _admin.PostAsync($"/api/meetings/{_meeting}/papers", BrokenMultipart());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_malformed_multipart_upload_from_the_meeting_page_is_a_400_with_a_Swedish_page()
    {
        var token = Forms.TokenOf(await _admin.GetStringAsync($"/moten/{_meeting}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/moten/{_meeting}?handler=Upload") { Content = BrokenMultipart(token) };
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"sv\">", page, StringComparison.Ordinal);
        Assert.Contains("Inget har sparats", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_answers_and_downloads_carry_no_store_and_the_public_feeds_stay_cacheable()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(BoardTestKit.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "Ekonomisk uppföljning.pdf");
        form.Add(new StringContent("true"), "isPublic");
        using var uploaded = await _admin.PostAsync($"/api/meetings/{_meeting}/papers", form);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var paper = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.Id();

        foreach (var path in new[] { "/api/meetings", $"/api/meetings/{_meeting}", $"/api/papers/{paper}", "/api/members/" + Guid.NewGuid() })
        {
            using var response = await _admin.GetAsync(path);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} ({(int)response.StatusCode}) has Cache-Control: {response.Headers.CacheControl}");
        }
        var anonymous = _platform.ClientFor("roslagen.localhost");
        using var publicPaper = await anonymous.GetAsync($"/anslagstavla/handlingar/{paper}");
        Assert.Equal(HttpStatusCode.OK, publicPaper.StatusCode);
        Assert.True(publicPaper.Headers.CacheControl?.NoStore == true, "a public paper is a download too");
        using var feed = await anonymous.GetAsync("/anslagstavla/flode.json");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.False(feed.Headers.CacheControl?.NoStore == true, "the public feed stays cacheable");
    }
}
