namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// The SIE 4 checksum (#KSUMMA): CRC-32 (the reflected polynomial 0xEDB88320, start value all ones, inverted at the end,
/// as the standard's C routine) over the CP437 bytes of each record's label and fields between the first #KSUMMA and the
/// last: no separators, quotes or line ends, an object list's braces included. Written as a decimal number.
/// </summary>
internal static class SieChecksum
{
    private static readonly uint[] Table = MakeTable();

    private static uint[] MakeTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var crc = i;
            for (var j = 0; j < 8; j++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            table[i] = crc;
        }
        return table;
    }

    /// <summary>Feeds bytes into a running value (start with <see cref="uint.MaxValue"/>; finish with <see cref="Finish"/>).</summary>
    public static uint Add(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) crc = (crc >> 8) ^ Table[(crc ^ b) & 0xFF];
        return crc;
    }

    public static uint Finish(uint crc) => crc ^ 0xFFFFFFFFu;

    /// <summary>The checksum of records as the reader tokenises them (label and fields, object lists as "{", items, "}").</summary>
    public static uint Of(IEnumerable<IEnumerable<string>> records)
    {
        var encoding = SieReader.Pc8;
        var crc = uint.MaxValue;
        foreach (var record in records)
            foreach (var part in record) crc = Add(crc, encoding.GetBytes(part));
        return Finish(crc);
    }

    /// <summary>
    /// Writes the checksum into a SIE text that has "#KSUMMA" on a line of its own near the start and ends with a line
    /// "#KSUMMA": the last becomes "#KSUMMA &lt;number&gt;". Returns the file's bytes in CP437. For tests and the demo file.
    /// </summary>
    public static byte[] Sign(string text)
    {
        var bytes = SieReader.Pc8.GetBytes(text.TrimEnd());
        var records = SieReader.Records(SieReader.Pc8.GetString(bytes));
        var first = records.FindIndex(r => r.Label == "#KSUMMA");
        var last = records.FindLastIndex(r => r.Label == "#KSUMMA");
        if (first < 0 || last <= first) throw new ArgumentException("The text needs #KSUMMA at its start and at its end.", nameof(text));
        var sum = Of(records.Skip(first + 1).Take(last - first - 1).Select(r => r.Parts.Select(p => p.Text)));
        return SieReader.Pc8.GetBytes(text.TrimEnd() + " " + sum.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\r\n");
    }
}
