using Platform.Infrastructure;

namespace Platform.Tests.Infrastructure;

/// <summary>Links in email lead to the address the platform is reached on (issue 19: in Development, the URL it listens on).</summary>
public sealed class PlatformOptionsTests
{
    [Theory]
    [InlineData("http://localhost:5101", 5101)]
    [InlineData("https://localhost:7001;http://localhost:5102", 5102)]
    [InlineData("http://*:8080/", 8080)]
    [InlineData(null, 5000)]
    public void A_developer_machine_links_to_the_port_it_listens_on(string? urls, int port)
    {
        var options = new PlatformOptions { PublicScheme = "http" };
        options.UseListeningPort(urls);
        Assert.Equal($"http://roslagen.localhost:{port}/moten", options.AssociationUrl("roslagen", "/moten").ToString());
    }

    [Fact]
    public void A_configured_port_wins()
    {
        var options = new PlatformOptions { PublicScheme = "http", PublicPort = 5080 };
        options.UseListeningPort("http://localhost:5101");
        Assert.Equal(5080, options.PublicPort);
    }
}
