namespace Platform.Tests.Support;

/// <summary>
/// One platform for all the tests of a class (<c>IClassFixture&lt;SharedPlatform&gt;</c>): a host costs seconds to
/// build, a tenant a fraction of that. Each test provisions its own association with its own slug. The fake clock
/// only goes forward, so a test that moves it builds its own <see cref="PlatformFactory"/>.
/// </summary>
public sealed class SharedPlatform : IDisposable
{
    internal PlatformFactory Platform { get; } = new();

    public void Dispose() => Platform.Dispose();
}
