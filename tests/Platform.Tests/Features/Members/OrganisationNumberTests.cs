using Platform.Features.Members;

namespace Platform.Tests.Features.Members;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("202100-5521", "202100-5521")] // Försäkringskassan
    [InlineData("2021002114", "202100-2114")]  // Arbetsförmedlingen
    [InlineData(" 232100-0016 ", "232100-0016")] // Region Stockholm
    public void Valid_numbers_are_normalised(string input, string expected) => Assert.Equal(expected, OrganisationNumber.Normalize(input));

    [Theory]
    [InlineData("202100-5522")] // wrong check digit
    [InlineData("202100-552")]  // too short
    [InlineData("2021005521X")]
    [InlineData("800101-1234")] // third digit below 2: a personal number, not an organisation
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_numbers_are_refused(string? input) => Assert.Null(OrganisationNumber.Normalize(input));

    [Theory]
    [InlineData("18108401345678778", true)] // OCR examples from shared/DOMAIN.md
    [InlineData("1018966492531", true)]
    [InlineData("1636976", true)]
    [InlineData("18108401345678779", false)]
    public void Luhn_matches_the_bankgirot_examples(string digits, bool valid) => Assert.Equal(valid, Luhn.IsValid(digits));
}
