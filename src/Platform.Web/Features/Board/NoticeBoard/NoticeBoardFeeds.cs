using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Microsoft.Extensions.Options;
using Platform.Features.Board.Meetings;
using Platform.Infrastructure;
using Platform.Infrastructure.Tenancy;
using Platform.Infrastructure.Text;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>
/// The notice board for machines: a JSON Feed and an Atom feed that an association's own website
/// can embed, and the public papers. Anonymous, on the association's host only.
/// </summary>
internal static class NoticeBoardFeeds
{
    public static IEndpointRouteBuilder MapNoticeBoardFeeds(this IEndpointRouteBuilder app)
    {
        var board = app.MapGroup("/anslagstavla").TenantEndpoint().AllowAnonymous().WithTags("Notice board");
        board.MapGet("flode.json", JsonFeedAsync).Produces(StatusCodes.Status200OK, contentType: "application/feed+json")
            .WithSummary("The current notices as a JSON Feed 1.1; each item carries the facts of KL 8 kap 10 § in \"_anslag\".");
        board.MapGet("flode.atom", AtomFeedAsync).Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .WithSummary("The current notices as an Atom feed.");
        board.MapGet("handlingar/{id:guid}", async (Guid id, MeetingPlanner meetings, CancellationToken ct) => PaperDownload.Answer(await meetings.OpenPaperAsync(id, publicOnly: true, ct)))
            .WithSummary("A paper marked public, as a download.");
        return app;
    }

    /// <summary>
    /// The default encoder, not the API's relaxed escaping: other sites embed this feed in their pages,
    /// so &lt;, &gt;, &amp; and quotes are escaped (\u003C), and so is every non-ASCII letter (å as \u00E5,
    /// which every JSON reader turns back into å).
    /// </summary>
    private static readonly JsonSerializerOptions FeedJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    private static Uri Url(IOptions<PlatformOptions> platform, TenantContext tenant, string path) => platform.Value.AssociationUrl(tenant.Current.Slug, path);

    private static async Task<IResult> JsonFeedAsync(NoticeBoardPostings board, TenantContext tenant, IOptions<PlatformOptions> platform, CancellationToken ct)
    {
        var current = await board.CurrentAsync(ct);
        var feed = new
        {
            version = "https://jsonfeed.org/version/1.1",
            title = $"Anslagstavla – {tenant.Current.Name}",
            home_page_url = Url(platform, tenant, "/anslagstavla"),
            feed_url = Url(platform, tenant, "/anslagstavla/flode.json"),
            language = "sv",
            items = current.Select(p => new
            {
                id = p.Id.ToString(),
                url = Url(platform, tenant, $"/anslagstavla/{p.Id}"),
                title = NoticeText.Title(p),
                content_text = NoticeText.Summary(p),
                date_published = new DateTimeOffset(p.PostedAt, TimeSpan.Zero),
                _anslag = new
                {
                    organ = p.BodyName,
                    sammantradesdatum = p.MeetingDate,
                    paragrafer = p.Paragraphs,
                    justeringsdatum = p.AdjustedOn,
                    anslagsdatum = p.PostedOn,
                    sista_dag_att_overklaga = p.LastAppealDay,
                    tas_ned_tidigast = p.EarliestTakedown,
                    protokollet_forvaras = p.KeptAt,
                    overklagande = NoticeText.WhereToAppeal + " " + NoticeText.AppealBy(p),
                },
            }),
        };
        return Results.Json(feed, FeedJson, contentType: "application/feed+json; charset=utf-8");
    }

    private static async Task<IResult> AtomFeedAsync(NoticeBoardPostings board, TenantContext tenant, IOptions<PlatformOptions> platform, TimeProvider clock, CancellationToken ct)
    {
        var current = await board.CurrentAsync(ct);
        var text = new StringBuilder();
        await using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Async = true, Indent = true, Encoding = Encoding.UTF8 }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, "sv");
            xml.WriteElementString("id", Url(platform, tenant, "/anslagstavla").ToString());
            // Every stored text through PlainText.Clean: one vertical tab would otherwise make the writer throw (a 500 for weeks).
            xml.WriteElementString("title", PlainText.Clean($"Anslagstavla – {tenant.Current.Name}"));
            xml.WriteElementString("updated", XmlConvert.ToString(current.Count > 0 ? new DateTimeOffset(current.Max(p => p.PostedAt), TimeSpan.Zero) : clock.GetUtcNow()));
            Link(xml, Url(platform, tenant, "/anslagstavla/flode.atom"), "self");
            Link(xml, Url(platform, tenant, "/anslagstavla"), "alternate");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", PlainText.Clean(tenant.Current.Name));
            xml.WriteEndElement();
            foreach (var posting in current)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", $"urn:uuid:{posting.Id}");
                xml.WriteElementString("title", PlainText.Clean(NoticeText.Title(posting)));
                xml.WriteElementString("updated", XmlConvert.ToString(new DateTimeOffset(posting.PostedAt, TimeSpan.Zero)));
                xml.WriteElementString("published", XmlConvert.ToString(new DateTimeOffset(posting.PostedAt, TimeSpan.Zero)));
                Link(xml, Url(platform, tenant, $"/anslagstavla/{posting.Id}"), "alternate");
                xml.WriteStartElement("summary");
                xml.WriteAttributeString("type", "text");
                xml.WriteString(PlainText.Clean($"{NoticeText.Summary(posting)} {NoticeText.AppealBy(posting)}"));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // StringBuilder output declares utf-16; the bytes sent are UTF-8.
        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter xml, Uri href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.ToString());
        xml.WriteEndElement();
    }
}
