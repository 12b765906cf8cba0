namespace Platform.Features.Grants.Model;

/// <summary>A goal of the applied intervention with its indicator ("75 % av de som aktualiseras från FK ska gå vidare till GK").</summary>
internal sealed class ApplicationGoal
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public string? Indicator { get; set; }
}
