using Platform.Infrastructure.Identity;

namespace Platform.Tests.Infrastructure.Identity;

public sealed class CommonPasswordValidatorTests
{
    private static readonly string[] Personal = ["anna", "svensson", "annasvensson", "roslagen", "samordningsförbundet"];

    [Theory]
    [InlineData("Password12")]
    [InlineData("password123")]
    [InlineData("P@ssw0rd2026")]
    [InlineData("Sommar2025!")]
    [InlineData("!!Lösenord1234")]
    [InlineData("qwertyuiop")]
    [InlineData("1234567890")]
    [InlineData("qwertyqwerty")]
    [InlineData("i love you 123")]
    [InlineData("Roslagen2026")]
    [InlineData("anna.svensson1")]
    public void A_common_password_or_one_built_from_the_association_or_the_address_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password, Personal));

    [Theory]
    [InlineData("Testlösenord-2026")]
    [InlineData("Demo-2026!")]
    [InlineData("en ny lång fras")]
    [InlineData("ett nytt lösenord")]
    [InlineData("korrekt häst batteri häftklammer")]
    [InlineData("7f#Kq2!vLm9z")]
    public void A_phrase_or_a_random_password_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password, Personal));
}
