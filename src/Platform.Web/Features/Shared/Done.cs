namespace Platform.Features.Shared;

/// <summary>The value of a use case that has nothing to return but that it was done.</summary>
internal readonly record struct Done;
