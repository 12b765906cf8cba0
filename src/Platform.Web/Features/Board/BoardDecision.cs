namespace Platform.Features.Board;

/// <summary>A paragraph of a body's minutes as another feature refers to it: "§ 73, Styrelsen 2024-05-07", its title and a link to it.</summary>
internal sealed record BoardDecision(Guid Id, string Label, string Title, string Link);
