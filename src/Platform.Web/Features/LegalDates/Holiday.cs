namespace Platform.Features.LegalDates;

/// <summary>A public holiday (allmän helgdag) with its Swedish name.</summary>
internal sealed record Holiday(DateOnly Date, string Name);
