using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Platform.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Platform.Tests.Infrastructure.Web;

/// <summary>A failed test names the server's error: the exception of a 500 reaches the assertion's message.</summary>
public sealed class ServerLogsTests : IDisposable
{
    private const string Cause = "Deliberate failure: the test route always throws";

    private readonly PlatformFactory _platform = new()
    {
        TestServices = services => services.AddSingleton<IStartupFilter, ThrowingRoute>(),
    };

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task The_exception_behind_a_500_is_kept_for_the_failure_message_of_the_test_that_caused_it()
    {
        using var response = await _platform.ClientFor("localhost").GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var explanation = ServerLogs.TakeExplanation(GetType().FullName!);
        Assert.NotNull(explanation);
        Assert.Contains("The server logged 1 error(s) during this test:", explanation, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: " + Cause, explanation, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingRoute), explanation, StringComparison.Ordinal); // the stack trace
        Assert.Null(ServerLogs.TakeExplanation(GetType().FullName!)); // taken once
    }

    [Fact]
    public async Task A_failure_reported_to_xunit_carries_the_explanation_and_a_pass_drops_it()
    {
        using (await _platform.ClientFor("localhost").GetAsync("/test/throw")) { }
        var inner = Substitute.For<IMessageSink>();
        var sink = new ExplainingSink(inner);

        sink.OnMessage(new TestFailed(TestOf(GetType()), 1m, "", ["Xunit.Sdk.EqualException"], ["Assert.Equal() Failure: Values differ"], ["at …"], [-1]));

        inner.Received(1).OnMessage(Arg.Is<ITestFailed>(f =>
            f.Messages[0].StartsWith("Assert.Equal() Failure: Values differ", StringComparison.Ordinal) && f.Messages[0].Contains(Cause, StringComparison.Ordinal)));

        using (await _platform.ClientFor("localhost").GetAsync("/test/throw")) { }
        sink.OnMessage(new TestPassed(TestOf(GetType()), 1m, ""));
        Assert.Null(ServerLogs.TakeExplanation(GetType().FullName!));
    }

    private static ITest TestOf(Type testClass)
    {
        var test = Substitute.For<ITest>();
        test.TestCase.TestMethod.TestClass.Class.Name.Returns(testClass.FullName);
        return test;
    }

    /// <summary>
    /// A route that throws, open to anyone: set as the request's endpoint before the platform's own
    /// pipeline (routing keeps an endpoint already chosen), so its exception goes through the platform's handler.
    /// </summary>
    private sealed class ThrowingRoute : IStartupFilter
    {
        private static readonly Endpoint Throwing = new(_ => throw new InvalidOperationException(Cause),
            new EndpointMetadataCollection(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute()), "Throws");

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Path == "/test/throw") context.SetEndpoint(Throwing);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
