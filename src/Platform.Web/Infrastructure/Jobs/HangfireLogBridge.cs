using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// Hangfire's own log records, written to the host's logging. Hangfire keeps its log provider in a
/// static, so with several hosts in one process (the tests) it may outlive the host whose logging it
/// writes to: then the records are dropped rather than throwing from inside Hangfire.
/// </summary>
internal sealed class HangfireLogBridge(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name) => new Bridge(factory, name);

    private sealed class Bridge(ILoggerFactory factory, string name) : Hangfire.Logging.ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLogLevel.Trace => LogLevel.Trace,
                    HangfireLogLevel.Debug => LogLevel.Debug,
                    HangfireLogLevel.Info => LogLevel.Information,
                    HangfireLogLevel.Warn => LogLevel.Warning,
                    HangfireLogLevel.Error => LogLevel.Error,
                    _ => LogLevel.Critical,
                };
                if (!_logger.IsEnabled(level)) return false;
                if (messageFunc is not null) _logger.Log(level, exception, "{Message}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
