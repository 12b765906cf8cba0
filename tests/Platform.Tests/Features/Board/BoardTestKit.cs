using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board;

/// <summary>Calls the board API as a person signed in with the session cookie (with the antiforgery header a page would send).</summary>
internal static partial class BoardTestKit
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>A signed-in client that sends the antiforgery header on every request.</summary>
    public static async Task<HttpClient> ApiClientAsync(this PlatformFactory platform, TenantInfo tenant, string email)
    {
        var client = await platform.SignInAsync(PlatformFactory.HostOf(tenant), email);
        var page = await client.GetStringAsync("/konto/byt-losenord");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", AntiforgeryField().Match(page).Groups[1].Value);
        return client;
    }

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).ToString();

    /// <summary>A board with a meeting on <paramref name="date"/> and two adjusters; returns the ids.</summary>
    public static async Task<(string BodyId, string MeetingId)> MeetingAsync(this HttpClient admin, string date, string bodyName = "Styrelsen", string? bodyId = null)
    {
        bodyId ??= (await admin.PostOkAsync("/api/bodies", new { kind = "Board", name = bodyName })).Id();
        var meeting = await admin.PostOkAsync("/api/meetings", new { bodyId, kind = "Extra", date, startTime = "13:00", endTime = "15:00", place = "Digitalt via Teams" });
        return (bodyId, meeting.Id());
    }

    /// <summary>A minimal PDF: the bytes the type check looks for.</summary>
    public static byte[] Pdf(string text = "Bilaga 1") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Title ({text}) >> endobj\ntrailer << >>\n%%EOF\n");
}
