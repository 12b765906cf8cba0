namespace Platform.Infrastructure.Tenancy;

/// <summary>The tenant's id and slug as a logging scope: every record written inside carries them.</summary>
internal static class TenantLogScope
{
    public static IDisposable? Begin(ILogger logger, TenantInfo tenant) => logger.BeginScope(new State(tenant));

    /// <summary>Structured for log sinks (two named values), readable on the console.</summary>
    private sealed class State(TenantInfo tenant) : IReadOnlyList<KeyValuePair<string, object>>
    {
        private readonly KeyValuePair<string, object>[] _values = [new("TenantId", tenant.Id.Value), new("Tenant", tenant.Slug)];

        public KeyValuePair<string, object> this[int index] => _values[index];
        public int Count => _values.Length;
        public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_values).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => $"Tenant:{tenant.Slug} TenantId:{tenant.Id}";
    }
}
