namespace Platform.Features.Network;

/// <summary>The year's national fees, for the chart over years.</summary>
internal sealed record FeeYear(int Year, decimal Decided, decimal Invoiced, decimal Paid);
