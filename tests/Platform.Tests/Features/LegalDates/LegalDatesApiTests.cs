using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Support;

namespace Platform.Tests.Features.LegalDates;

public sealed class LegalDatesApiTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();

    public async Task InitializeAsync() => await _platform.ProvisionAsync("sundsvall");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    [Theory]
    [InlineData("sundsvall.localhost")]
    [InlineData("localhost")]
    [InlineData("www.some-association.example")]
    public async Task The_date_helper_answers_on_any_host_without_sign_in(string host)
    {
        var client = _platform.ClientFor(host);

        var posting = await client.GetFromJsonAsync<JsonElement>("/api/calendar/posting-deadline?adjustedOn=2024-05-16");
        var appeal = await client.GetFromJsonAsync<JsonElement>("/api/calendar/appeal-period?postedOn=2024-05-17");

        Assert.Equal("""{"adjustedOn":"2024-05-16","postingDeadline":"2024-05-20"}""", posting.GetRawText());
        Assert.Equal("""{"postedOn":"2024-05-17","lastAppealDay":"2024-06-07","earliestTakedown":"2024-06-08"}""", appeal.GetRawText());
    }

    [Theory]
    [InlineData("/api/calendar/posting-deadline?adjustedOn=16/5/2024", "adjustedOn", "är inte ett datum")]
    [InlineData("/api/calendar/posting-deadline?adjustedOn=2024-02-30", "adjustedOn", "är inte ett datum")]
    [InlineData("/api/calendar/posting-deadline", "adjustedOn", "Ange ett datum")]
    [InlineData("/api/calendar/appeal-period?postedOn=1850-01-01", "postedOn", "mellan 1990 och 2199")]
    [InlineData("/api/calendar/appeal-period?postedOn=%3Cscript%3E", "postedOn", "är inte ett datum")]
    public async Task A_malformed_date_gets_a_Swedish_field_error_as_problem_details(string path, string field, string message)
    {
        using var response = await _platform.ClientFor("sundsvall.localhost").GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_gives_both_dates_in_Swedish_and_explains_a_bad_date_beside_the_field()
    {
        var client = _platform.ClientFor("sundsvall.localhost");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/datum?justerad=2024-05-16&anslagen=2024-05-17"));
        Assert.Contains("anslå senast måndag 20 maj 2024", page.Replace("<strong>", "", StringComparison.Ordinal).Replace("</strong>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("fredag 7 juni 2024", page, StringComparison.Ordinal);
        Assert.Contains("lördag 8 juni 2024", page, StringComparison.Ordinal);

        var bad = WebUtility.HtmlDecode(await client.GetStringAsync("/datum?justerad=igår"));
        Assert.Contains("\"igår\" är inte ett datum som ÅÅÅÅ-MM-DD", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"justerad-fel\"", bad, StringComparison.Ordinal);

        var holidays = WebUtility.HtmlDecode(await client.GetStringAsync("/datum?ar=2025"));
        Assert.Contains("fredag 20 juni 2025: Midsommarafton", holidays, StringComparison.Ordinal);
        Assert.Contains("fredag 18 april 2025: Långfredagen", holidays, StringComparison.Ordinal);
    }
}
