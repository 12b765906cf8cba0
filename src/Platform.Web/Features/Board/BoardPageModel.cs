namespace Platform.Features.Board;

/// <summary>The board's pages: forms answered with the board's confirmations (<see cref="BoardTexts"/>).</summary>
internal abstract class BoardPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => BoardTexts.Confirmations;
}
