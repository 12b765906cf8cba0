using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Platform.Tests.Support;

/// <summary>
/// Puts the server's Error and Critical records (message and exception) beside the assertion of a
/// test that fails, so that "Expected: OK, Actual: InternalServerError" comes with its cause.
/// </summary>
/// <remarks>
/// Each <see cref="PlatformFactory"/> registers its log under the test class that created it (the
/// class <see cref="ExplainingTestFramework"/> is running in that flow). A
/// class runs its tests one at a time, so when xunit reports a test's result, the problems that
/// class's platforms logged since the previous result are this test's (or, now and then, logged by
/// a background job after the previous result): <see cref="ExplainingSink"/> adds them to the
/// message of a failure and drops them otherwise.
/// </remarks>
internal static class ServerLogs
{
    /// <summary>The test class being run in this flow (constructor, fixtures and test methods), set by the framework.</summary>
    internal static readonly AsyncLocal<string?> CurrentTestClass = new();

    private static readonly ConcurrentDictionary<string, List<(PlatformFactory Platform, CapturingLoggerProvider Logs)>> Platforms = new(StringComparer.Ordinal);

    /// <summary>Called by every <see cref="PlatformFactory"/>: remembers its log under the test class that creates it.</summary>
    public static void Register(PlatformFactory platform, CapturingLoggerProvider logs)
    {
        if (CurrentTestClass.Value is not { } testClass) return; // not run by ExplainingTestFramework
        var list = Platforms.GetOrAdd(testClass, _ => []);
        lock (list) list.Add((platform, logs));
    }

    /// <summary>Takes the problems logged by the platforms of <paramref name="testClass"/> (a full name) since the last call, and forgets disposed platforms.</summary>
    public static string? TakeExplanation(string testClass)
    {
        if (!Platforms.TryGetValue(testClass, out var list)) return null;
        var problems = new List<CapturingLoggerProvider.Record>();
        lock (list)
        {
            foreach (var (_, logs) in list) problems.AddRange(logs.TakeProblems());
            list.RemoveAll(p => p.Platform.IsDisposed);
        }
        return Explain(problems);
    }

    /// <summary>The text added to a failure: each Error and Critical record, with its exception.</summary>
    public static string? Explain(IReadOnlyCollection<CapturingLoggerProvider.Record> problems)
    {
        if (problems.Count == 0) return null;
        var text = new StringBuilder().AppendLine().AppendLine().Append("The server logged ").Append(problems.Count).AppendLine(" error(s) during this test:");
        foreach (var record in problems) text.Append("  ").AppendLine(record.ToString().Replace("\n", "\n  ", StringComparison.Ordinal));
        return text.ToString();
    }
}

/// <summary>xunit's own framework, with the server's problems added to the message of each failed test.</summary>
public sealed class ExplainingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, new ExplainingSink(executionMessageSink), executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override Task<RunSummary> RunTestCollectionAsync(IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource) =>
            new CollectionRunner(testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource).RunAsync();
    }

    /// <summary>Names the test class in the flow that creates its instances and fixtures and runs its tests.</summary>
    private sealed class CollectionRunner(ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageBus messageBus, ITestCaseOrderer testCaseOrderer, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
        : XunitTestCollectionRunner(testCollection, testCases, diagnosticMessageSink, messageBus, testCaseOrderer, aggregator, cancellationTokenSource)
    {
        protected override Task<RunSummary> RunTestClassAsync(ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases)
        {
            ServerLogs.CurrentTestClass.Value = testClass.Class.Name;
            return base.RunTestClassAsync(testClass, @class, testCases);
        }
    }
}

/// <summary>Passes every message on; a failure gets the server's problems appended to its first message.</summary>
public sealed class ExplainingSink(IMessageSink inner) : LongLivedMarshalByRefObject, IMessageSink
{
    public bool OnMessage(IMessageSinkMessage message)
    {
        switch (message)
        {
            case ITestFailed failed when ServerLogs.TakeExplanation(failed.TestClass.Class.Name) is { } explanation:
                var messages = failed.Messages.ToArray();
                if (messages.Length > 0) messages[0] += explanation;
                return inner.OnMessage(new TestFailed(failed.Test, failed.ExecutionTime, failed.Output, failed.ExceptionTypes, messages, failed.StackTraces, failed.ExceptionParentIndices));
            case ITestResultMessage result:
                ServerLogs.TakeExplanation(result.TestClass.Class.Name); // passed or skipped: the problems were expected
                return inner.OnMessage(message);
            default:
                return inner.OnMessage(message);
        }
    }
}
