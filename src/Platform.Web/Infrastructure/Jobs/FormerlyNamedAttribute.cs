namespace Platform.Infrastructure.Jobs;

/// <summary>
/// A job type's full name before it moved. Hangfire stores a job by its type name, so a job queued,
/// scheduled or waiting for a retry when a new version is deployed must still load under its old
/// name (<see cref="JobTypeResolver"/>). Keep the attribute as long as such jobs can exist.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class FormerlyNamedAttribute(string fullName) : Attribute
{
    public string FullName => fullName;
}
