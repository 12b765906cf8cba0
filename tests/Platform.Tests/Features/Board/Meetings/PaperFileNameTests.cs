using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Infrastructure.Identity;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Meetings;

/// <summary>The name an uploaded paper keeps.</summary>
public sealed class PaperFileNameTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task A_papers_file_name_loses_the_bidirectional_override_and_isolate_characters_that_disguise_it()
    {
        // "Bilaga\u202Efdp.exe" shows as "Bilagaexe.pdf": U+202A–U+202E and U+2066–U+2069 are removed.
        var tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(tenant, Roles.Admin, "kansli@sundsvall.test");
        var admin = await _platform.ApiClientAsync(tenant, "kansli@sundsvall.test");
        var (_, meeting) = await admin.MeetingAsync("2026-11-17");

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(BoardTestKit.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "\u202AEkonomisk\u202B upp\u202Cföljning\u202D \u202Ebilaga\u2066 1\u2067\u2068\u2069.pdf");
        using var response = await admin.PostAsync($"/api/meetings/{meeting}/papers", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var paper = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Ekonomisk uppföljning bilaga 1.pdf", paper.GetProperty("fileName").GetString());
        using var download = await admin.GetAsync($"/api/papers/{paper.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("Ekonomisk uppföljning bilaga 1.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
    }
}
