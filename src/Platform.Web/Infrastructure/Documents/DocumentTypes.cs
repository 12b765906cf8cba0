using System.IO.Compression;
using System.Text;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// Which files the platform takes: PDF, Word, Excel, PowerPoint, images and text. The type is
/// decided by the bytes, and the name's extension must agree: a program renamed to "protokoll.pdf"
/// is refused, and so is a zip renamed to ".docx".
/// </summary>
internal static class DocumentTypes
{
    private sealed record Kind(string Name, string ContentType, Func<ReadOnlyMemory<byte>, Stream, bool> Matches);

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, Kind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new("en PDF", "application/pdf", (h, _) => StartsWith(h, "%PDF-"u8)),
        [".docx"] = new("ett Word-dokument", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (h, s) => IsOfficeZip(h, s, "word/")),
        [".xlsx"] = new("en Excel-fil", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (h, s) => IsOfficeZip(h, s, "xl/")),
        [".pptx"] = new("en PowerPoint-presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", (h, s) => IsOfficeZip(h, s, "ppt/")),
        [".doc"] = new("ett Word-dokument", "application/msword", (h, _) => StartsWith(h, Ole)),
        [".xls"] = new("en Excel-fil", "application/vnd.ms-excel", (h, _) => StartsWith(h, Ole)),
        [".ppt"] = new("en PowerPoint-presentation", "application/vnd.ms-powerpoint", (h, _) => StartsWith(h, Ole)),
        [".png"] = new("en PNG-bild", "image/png", (h, _) => StartsWith(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".jpg"] = new("en JPEG-bild", "image/jpeg", (h, _) => StartsWith(h, [0xFF, 0xD8, 0xFF])),
        [".jpeg"] = new("en JPEG-bild", "image/jpeg", (h, _) => StartsWith(h, [0xFF, 0xD8, 0xFF])),
        [".gif"] = new("en GIF-bild", "image/gif", (h, _) => StartsWith(h, "GIF87a"u8) || StartsWith(h, "GIF89a"u8)),
        [".webp"] = new("en WebP-bild", "image/webp", (h, _) => StartsWith(h, "RIFF"u8) && h.Length >= 12 && h.Span[8..12].SequenceEqual("WEBP"u8)),
        [".txt"] = new("en textfil", "text/plain; charset=utf-8", (h, _) => IsText(h)),
        [".csv"] = new("en CSV-fil", "text/csv; charset=utf-8", (h, _) => IsText(h)),
    };

    public const string Allowed = "PDF, Word, Excel, PowerPoint, bilder (PNG, JPEG, GIF, WebP) och text (TXT, CSV)";

    /// <summary>Checks a file by name, size and bytes. <paramref name="content"/> must be seekable; it is left at position 0.</summary>
    public static DocumentCheck Check(string fileName, Stream content, long maxBytes)
    {
        if (!content.CanSeek) throw new ArgumentException("The upload must be buffered (seekable) before it is checked.", nameof(content));
        var length = content.Length;
        if (length == 0) return new(null, "Filen är tom.");
        if (length > maxBytes)
            return new(null, $"Filen är {Megabytes(length)}; största tillåtna storlek är {Megabytes(maxBytes)}.");

        var head = new byte[(int)Math.Min(length, 4096)];
        content.Position = 0;
        content.ReadExactly(head);
        content.Position = 0;

        if (LooksLikeProgram(head)) return new(null, "Filen ser ut att vara ett program och tas inte emot.");
        var extension = Path.GetExtension(fileName);
        if (string.IsNullOrEmpty(extension) || !ByExtension.TryGetValue(extension, out var kind))
            return new(null, $"Filtypen {(string.IsNullOrEmpty(extension) ? "utan filändelse" : extension.ToLowerInvariant())} tas inte emot. Tillåtna: {Allowed}.");
        var matches = kind.Matches(head, content);
        content.Position = 0;
        return matches ? new(kind.ContentType, null) : new(null, $"Filen heter {extension.ToLowerInvariant()} men innehållet är inte {kind.Name}.");
    }

    /// <summary>"PDF, 120 kB": the kind and size of a stored file, for a link's description.</summary>
    public static string Describe(string contentType, long length)
    {
        var kind = ByExtension.Values.FirstOrDefault(k => k.ContentType == contentType)?.Name.Split(' ', 2)[1] ?? "fil";
        var size = length < 1024 * 1024 ? $"{Math.Max(1, length / 1024)} kB" : Megabytes(length);
        return $"{kind}, {size}";
    }

    internal static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB".Replace('.', ',');

    private static bool StartsWith(ReadOnlyMemory<byte> head, ReadOnlySpan<byte> prefix) => head.Span.StartsWith(prefix);

    // Windows (MZ), Linux (ELF), macOS (Mach-O, both byte orders and fat binaries) and scripts (#!).
    private static readonly byte[][] ProgramSignatures =
    [
        "MZ"u8.ToArray(), "#!"u8.ToArray(), [0x7F, 0x45, 0x4C, 0x46],
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE], [0xCA, 0xFE, 0xBA, 0xBE],
    ];

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    private static bool LooksLikeProgram(byte[] head) => ProgramSignatures.Any(signature => head.AsSpan().StartsWith(signature));

    private static bool IsText(ReadOnlyMemory<byte> head)
    {
        if (head.Span.Contains((byte)0)) return false;
        // The first 4 KB may end inside a character: allow an incomplete sequence at the very end.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            var chars = new char[head.Length];
            decoder.GetChars(head.Span, chars, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>An Office Open XML file: a zip with [Content_Types].xml and the part folder of its kind (word/, xl/, ppt/).</summary>
    private static bool IsOfficeZip(ReadOnlyMemory<byte> head, Stream content, string partFolder)
    {
        if (!head.Span.StartsWith(ZipSignature)) return false;
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml")
                && zip.Entries.Any(e => e.FullName.StartsWith(partFolder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
