namespace Platform.Features.Interventions.Register;

/// <summary>The intervention register's pages: forms answered with its confirmations (<see cref="InterventionTexts"/>).</summary>
internal abstract class InterventionsPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => InterventionTexts.Confirmations;

    protected override string? SectionOf(string done) => InterventionTexts.SectionOf(done);
}
