using Platform.Infrastructure.Email;

namespace Platform.Features.Outbox;

/// <summary>The outbox statuses as the kansli reads them, and as they appear in the page's address.</summary>
internal static class OutboxLabels
{
    public static string Swedish(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Väntar",
        OutboxStatus.Sending => "Skickas",
        OutboxStatus.Sent => "Skickat",
        OutboxStatus.Failed => "Misslyckades, försöker igen",
        OutboxStatus.Dead => "Kunde inte skickas",
        _ => status.ToString(),
    };

    /// <summary>The filters of the outbox page: the value in the address, its label and the statuses it shows.</summary>
    public static readonly IReadOnlyList<(string Value, string Label, OutboxStatus[] Statuses)> Filters =
    [
        ("vantar", "Väntar", [OutboxStatus.Pending, OutboxStatus.Sending]),
        ("skickade", "Skickade", [OutboxStatus.Sent]),
        ("misslyckade", "Misslyckade", [OutboxStatus.Failed]),
        ("stoppade", "Kunde inte skickas", [OutboxStatus.Dead]),
    ];
}
