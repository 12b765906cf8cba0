namespace Platform.Infrastructure.Tenancy;

/// <summary>The life of an association on the platform.</summary>
internal enum TenantStatus
{
    /// <summary>Being created: the database may not exist yet. Answers 503.</summary>
    Provisioning,
    /// <summary>In use.</summary>
    Active,
    /// <summary>Temporarily closed by an operator. Answers 503; its data is kept.</summary>
    Suspended,
    /// <summary>Being exported and removed. Answers 503.</summary>
    Offboarding,
    /// <summary>Removed; the row stays as a tombstone. Answers 404.</summary>
    Deleted,
}
