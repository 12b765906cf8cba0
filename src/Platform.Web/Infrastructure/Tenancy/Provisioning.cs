namespace Platform.Infrastructure.Tenancy;

/// <summary>What provisioning did, when it succeeded.</summary>
internal enum Provisioning
{
    /// <summary>A new association was created.</summary>
    Created,
    /// <summary>An earlier attempt stopped half-way; this one finished it.</summary>
    Resumed,
    /// <summary>The association already existed; nothing was changed.</summary>
    AlreadyExisted,
}
