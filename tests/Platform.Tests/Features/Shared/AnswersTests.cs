using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Features.Shared;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Shared;

/// <summary>One outcome type, one way to answer: each route declares exactly the failures it can give, and the OpenAPI document says so.</summary>
public sealed class AnswersTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public void A_failure_the_route_did_not_declare_is_a_bug_not_an_answer()
    {
        Outcome<int> refused = Outcomes.Conflict("Protokollet är redan justerat.");

        var error = Assert.Throws<UnreachableException>(() => refused.Answer(Or.Invalid, Or.NotFound));
        Assert.Contains("Conflict", error.Message, StringComparison.Ordinal);
        Assert.IsType<ConflictProblem>(refused.Answer(Or.NotFound, Or.Conflict).Result);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_responses_each_route_can_give_and_no_others()
    {
        await _platform.ProvisionAsync("roslagen");
        var paths = (await _platform.ClientFor("roslagen.localhost").GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        string[] Responses(string path, string verb) =>
            [.. paths.GetProperty(path).GetProperty(verb).GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(["201", "400"], Responses("/api/bodies", "post")); // a new body: invalid fields, nothing else
        Assert.Equal(["200", "403", "404", "409"], Responses("/api/meetings/{id}/minutes/approve", "post")); // no fields to get wrong
        Assert.Equal(["200", "404", "409"], Responses("/api/invoices/{id}/e-invoice", "get"));
        Assert.Equal(["200", "400", "409"], Responses("/api/fee-decisions/{year}", "put"));
        Assert.Equal(["200", "404"], Responses("/api/papers/{id}", "get"));

        // Every operation says how it succeeds: a route whose success is a file or a stream declares it too.
        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(v => (Path: p.Name, Verb: v.Name, v.Value))).ToList();
        Assert.True(operations.Count > 50, $"only {operations.Count} operations");
        Assert.All(operations, o => Assert.True(o.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{o.Verb} {o.Path} declares no success"));
    }
}
