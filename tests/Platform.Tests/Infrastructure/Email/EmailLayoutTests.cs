using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;

namespace Platform.Tests.Infrastructure.Email;

public sealed class EmailLayoutTests
{
    private static readonly AssociationProfile Sender = new()
    {
        Name = "Samordningsförbundet Östra Södertörn",
        Email = "kansli@ostra-sodertorn.example",
        Phone = "070-174 06 14",
        PostalAddress = "Box 1\n136 81 Haninge",
        Website = "javascript:alert(1)",
    };

    [Fact]
    public void Both_parts_say_the_same_in_Swedish_with_the_association_in_the_footer_and_markup_encoded()
    {
        var content = new EmailContent("Ämne", "Kallelse <b>nu</b>", ["Mötet hålls i Haninge & Tyresö."],
            [new EmailSection("Ärenden", ["§ 1 Öppnande"]), new EmailSection("Tomt", [], "Inget att visa.")],
            new EmailLink("Öppna kallelsen", new Uri("https://ostra-sodertorn.samordning.se/moten/1")));

        var (text, html) = EmailLayout.Render(content, Sender);

        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Kallelse &lt;b&gt;nu&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Mötet hålls i Haninge &amp; Tyresö.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal); // a website that is no web address is not a link
        Assert.Contains("href=\"mailto:kansli@ostra-sodertorn.example\"", html, StringComparison.Ordinal);
        foreach (var line in new[] { "Kallelse <b>nu</b>", "Mötet hålls i Haninge & Tyresö.", "- § 1 Öppnande", "Inget att visa.",
                     "Öppna kallelsen: https://ostra-sodertorn.samordning.se/moten/1", "Samordningsförbundet Östra Södertörn", "136 81 Haninge",
                     "Telefon: 070-174 06 14", "E-post: kansli@ostra-sodertorn.example" })
            Assert.Contains(line, text, StringComparison.Ordinal);
    }
}
