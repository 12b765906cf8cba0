namespace Platform.Features.Grants.Model;

internal enum ConflictReason
{
    /// <summary>Sits for the member party that applies.</summary>
    RepresentsApplicant,
    /// <summary>Declared by the person or recorded by the office.</summary>
    Declared,
}
