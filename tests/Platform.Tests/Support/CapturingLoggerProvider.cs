using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Support;

/// <summary>Keeps every log record with the scope values that were active when it was written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    public sealed record Record(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    public ConcurrentQueue<Record> Records { get; } = new();

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
            owner.Records.Enqueue(new Record(category, logLevel, formatter(state, exception), scope));
        }
    }
}
