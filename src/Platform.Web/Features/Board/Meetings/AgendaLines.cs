using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// What an agenda and a body's standard agenda share: the checks on an item, and its place. Orders
/// are kept 1, 2, 3 … after every change, so "up" and "down" are always one step.
/// </summary>
internal static class AgendaLines
{
    public static FieldErrors Validate(AgendaItemInput input, out string? title, out string? description, out string? proposal)
    {
        var errors = new FieldErrors();
        title = errors.Text("title", input.Title, "ärendets rubrik", 300, required: true);
        description = errors.Text("description", input.Description, "beskrivning", 4000);
        proposal = errors.Text("proposedDecision", input.ProposedDecision, "förslag till beslut", 4000);
        if (input.Position is < 1) errors.Add("position", "Ange platsen på dagordningen som ett tal från 1.");
        return errors;
    }

    /// <summary>Puts <paramref name="line"/> at <paramref name="position"/> (1 = first; left out or past the end, last) and numbers the lines.</summary>
    public static void Insert<T>(List<T> lines, T line, int? position) where T : IAgendaLine
    {
        var ordered = lines.OrderBy(l => l.Order).ToList();
        var index = position is { } p ? Math.Clamp(p - 1, 0, ordered.Count) : ordered.Count;
        ordered.Insert(index, line);
        Number(ordered);
    }

    /// <summary>The position (1 = first) the move asks for, or a field error: a direction or a position, within the agenda.</summary>
    public static int? Target(AgendaMoveInput input, int current, int count, FieldErrors errors)
    {
        var direction = input.Direction?.Trim().ToLowerInvariant();
        if (direction is not null && input.Position is not null) errors.Add("position", "Ange antingen en riktning eller en plats, inte båda.");
        else if (direction is "up" or "upp") return Math.Max(1, current - 1);
        else if (direction is "down" or "ned" or "ner") return Math.Min(count, current + 1);
        else if (direction is not null) errors.Add("direction", "Ange riktningen up (upp) eller down (ned).");
        else if (input.Position is { } p && p >= 1 && p <= count) return p;
        else errors.Add("position", $"Ange en plats från 1 till {count}, eller en riktning (up eller down).");
        return null;
    }

    /// <summary>Moves <paramref name="line"/> to <paramref name="position"/> (1 = first) and numbers the lines.</summary>
    public static void Move<T>(List<T> lines, T line, int position) where T : IAgendaLine
    {
        var ordered = lines.OrderBy(l => l.Order).ToList();
        ordered.Remove(line);
        ordered.Insert(Math.Clamp(position - 1, 0, ordered.Count), line);
        Number(ordered);
    }

    /// <summary>Takes <paramref name="line"/> out and closes the gap.</summary>
    public static void Remove<T>(List<T> lines, T line) where T : IAgendaLine =>
        Number(lines.Where(l => !ReferenceEquals(l, line)).OrderBy(l => l.Order).ToList());

    /// <summary>Where the office's own items go by default: before the standard closing items (övriga frågor …), or last.</summary>
    public static int DefaultPosition<T>(IReadOnlyList<T> lines) where T : IAgendaLine
    {
        var ordered = lines.OrderBy(l => l.Order).ToList();
        var closing = ordered.FindIndex(l => StandardAgenda.IsClosing(l.Title));
        return closing < 0 ? ordered.Count + 1 : closing + 1;
    }

    /// <summary>The 1-based position of a line.</summary>
    public static int PositionOf<T>(IReadOnlyList<T> lines, T line) where T : IAgendaLine =>
        lines.OrderBy(l => l.Order).ToList().IndexOf(line) + 1;

    private static void Number<T>(List<T> ordered) where T : IAgendaLine
    {
        for (var i = 0; i < ordered.Count; i++) ordered[i].Order = i + 1;
    }
}
