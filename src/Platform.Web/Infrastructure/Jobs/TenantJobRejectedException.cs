namespace Platform.Infrastructure.Jobs;

/// <summary>A tenant job could not be created: no tenant, an unknown one, or another association's.</summary>
internal sealed class TenantJobRejectedException(string message) : Exception(message);
