using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

/// <summary>
/// The one layout of every email: Swedish, readable without images, and accessible (real headings,
/// a language, sufficient contrast, underlined links, a plain-text alternative with the same content).
/// The association's name and contact details close every message.
/// </summary>
internal static class EmailLayout
{
    private const string Text = "color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;";
    // Swedish letters stay letters in the HTML source (å, not &#229;); markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string value) => Encoder.Encode(value);

    private const string LinkStyle = "color:#0b4f8a;text-decoration:underline;";

    public static (string Text, string Html) Render(EmailContent content, AssociationProfile sender) =>
        (RenderText(content, sender), RenderHtml(content, sender));

    private static string RenderText(EmailContent content, AssociationProfile sender)
    {
        var text = new StringBuilder();
        text.AppendLine(content.Heading).AppendLine(new string('=', Math.Min(content.Heading.Length, 72))).AppendLine();
        foreach (var paragraph in content.Paragraphs) text.AppendLine(paragraph).AppendLine();
        foreach (var section in content.Sections ?? [])
        {
            text.AppendLine(section.Heading).AppendLine(new string('-', Math.Min(section.Heading.Length, 72)));
            if (section.Lines.Count == 0 && (section.Links ?? []).Count == 0 && section.WhenEmpty is { } empty) text.AppendLine(empty);
            foreach (var line in section.Lines) text.Append("- ").AppendLine(line);
            foreach (var item in section.Links ?? []) text.Append("- ").Append(item.Text).Append(": ").AppendLine(item.Url.ToString());
            text.AppendLine();
        }
        if (content.Link is { } link) text.Append(link.Text).Append(": ").AppendLine(link.Url.ToString()).AppendLine();
        text.AppendLine("-- ");
        foreach (var line in FooterLines(sender)) text.AppendLine(line.Text);
        return text.ToString();
    }

    private static string RenderHtml(EmailContent content, AssociationProfile sender)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(content.Subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#f3f3f3;\">\n")
            .Append("<div role=\"article\" aria-label=\"").Append(E(content.Subject)).Append("\" lang=\"sv\" style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;").Append(Text).Append("\">\n")
            .Append("<h1 style=\"font-size:24px;line-height:1.25;margin:0 0 16px;\">").Append(E(content.Heading)).Append("</h1>\n");
        foreach (var paragraph in content.Paragraphs)
            html.Append("<p style=\"margin:0 0 16px;\">").Append(E(paragraph)).Append("</p>\n");
        foreach (var section in content.Sections ?? [])
        {
            html.Append("<h2 style=\"font-size:19px;line-height:1.3;margin:24px 0 8px;\">").Append(E(section.Heading)).Append("</h2>\n");
            if (section.Lines.Count == 0 && (section.Links ?? []).Count == 0)
            {
                if (section.WhenEmpty is { } empty) html.Append("<p style=\"margin:0 0 16px;\">").Append(E(empty)).Append("</p>\n");
                continue;
            }
            html.Append("<ul style=\"margin:0 0 16px;padding-left:24px;\">\n");
            foreach (var line in section.Lines) html.Append("<li>").Append(E(line)).Append("</li>\n");
            foreach (var item in section.Links ?? [])
                html.Append("<li><a href=\"").Append(E(item.Url.ToString())).Append("\" style=\"").Append(LinkStyle).Append("\">").Append(E(item.Text)).Append("</a></li>\n");
            html.Append("</ul>\n");
        }
        if (content.Link is { } link)
            html.Append("<p style=\"margin:24px 0;\"><a href=\"").Append(E(link.Url.ToString())).Append("\" style=\"").Append(LinkStyle).Append("\">")
                .Append(E(link.Text)).Append("</a></p>\n");
        html.Append("<hr style=\"border:0;border-top:1px solid #767676;margin:32px 0 16px;\">\n")
            .Append("<footer style=\"font-size:14px;color:#3d3d3d;\">\n<p style=\"margin:0;\">");
        var first = true;
        foreach (var (line, href) in FooterLines(sender))
        {
            if (!first) html.Append("<br>\n");
            first = false;
            if (href is null) html.Append(E(line));
            else html.Append("<a href=\"").Append(E(href)).Append("\" style=\"").Append(LinkStyle).Append("\">").Append(E(line)).Append("</a>");
        }
        html.Append("</p>\n</footer>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static IEnumerable<(string Text, string? Href)> FooterLines(AssociationProfile sender)
    {
        yield return (sender.Name, null);
        foreach (var line in (sender.PostalAddress ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return (line, null);
        if (!string.IsNullOrWhiteSpace(sender.Phone))
            yield return ($"Telefon: {sender.Phone}", null);
        if (!string.IsNullOrWhiteSpace(sender.Email))
            yield return ($"E-post: {sender.Email}", $"mailto:{sender.Email}");
        if (!string.IsNullOrWhiteSpace(sender.Website))
            yield return ($"Webbplats: {sender.Website}", IsWebAddress(sender.Website) ? sender.Website : null);
    }
}
