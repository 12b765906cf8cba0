namespace Platform.Features.Network;

/// <summary>An association left out of the statistics, and why (in Swedish).</summary>
internal sealed record ExcludedAssociation(string Slug, string Name, string Reason);
