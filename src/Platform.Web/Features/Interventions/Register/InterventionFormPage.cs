namespace Platform.Features.Interventions.Register;

/// <summary>What the shared intervention fields need from their page: the form, its choices, and whether kind and ESF can still be chosen.</summary>
internal sealed record InterventionFormPage(InterventionForm Form, InterventionChoices Choices, bool Creating);
