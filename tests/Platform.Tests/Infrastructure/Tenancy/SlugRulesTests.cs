using Platform.Infrastructure.Tenancy;

namespace Platform.Tests.Infrastructure.Tenancy;

public sealed class SlugRulesTests
{
    [Theory]
    [InlineData("roslagen")]
    [InlineData("suvs")]
    [InlineData("ostra-sodertorn")]
    [InlineData("a1")]
    [InlineData("bench-200")]
    public void Lowercase_letters_digits_and_single_hyphens_are_accepted(string slug) => Assert.Null(SlugRules.Validate(slug));

    [Theory]
    [InlineData("Roslagen", "små bokstäver")]
    [InlineData("östra-södertörn", "små bokstäver")]
    [InlineData("ros lagen", "små bokstäver")]
    [InlineData("-ros", "små bokstäver")]
    [InlineData("ros-", "små bokstäver")]
    [InlineData("ro--s", "små bokstäver")]
    [InlineData("r", "2–63")]
    [InlineData("www", "reserverad")]
    [InlineData("api", "reserverad")]
    [InlineData("admin", "reserverad")]
    [InlineData("", "Ange")]
    [InlineData(null, "Ange")]
    public void Bad_slugs_get_a_swedish_explanation(string? slug, string expected) =>
        Assert.Contains(expected, SlugRules.Validate(slug), StringComparison.Ordinal);

    [Fact]
    public void A_slug_longer_than_a_dns_label_is_refused() =>
        Assert.NotNull(SlugRules.Validate(new string('a', 64)));
}
