using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Support;

/// <summary>
/// Keeps every log record with its exception and the scope values that were active when it was
/// written. Errors and critical records are also kept apart for <see cref="ServerLogs"/>, which puts
/// them beside the assertion of a test that fails: a 500 names its cause.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    public sealed record Record(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Scope)
    {
        public override string ToString() =>
            $"{Level} {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
    }

    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    public ConcurrentQueue<Record> Records { get; } = new();

    /// <summary>The Error and Critical records not yet taken by <see cref="TakeProblems"/>.</summary>
    private readonly ConcurrentQueue<Record> _problems = new();

    public IReadOnlyList<Record> TakeProblems()
    {
        var taken = new List<Record>();
        while (_problems.TryDequeue(out var record)) taken.Add(record);
        return taken;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;
    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>();
            owner._scopes.ForEachScope((value, dict) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object>> pairs)
                    foreach (var (k, v) in pairs) dict[k] = v;
            }, scope);
            var record = new Record(category, logLevel, formatter(state, exception), exception, scope);
            owner.Records.Enqueue(record);
            if (logLevel >= LogLevel.Error) owner._problems.Enqueue(record);
        }
    }
}
