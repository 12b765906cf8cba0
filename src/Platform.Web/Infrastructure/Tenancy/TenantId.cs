namespace Platform.Infrastructure.Tenancy;

/// <summary>An association's identity: one small typed value, resolved once per request or job.</summary>
internal readonly record struct TenantId(Guid Value)
{
    public override string ToString() => Value.ToString();
}
