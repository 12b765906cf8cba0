using System.Text.Json;
using Platform.Features.Interventions.Model;

namespace Platform.Features.Interventions.Register;

/// <summary>The register's enum values as the API writes them (camelCase) and the choices the forms offer.</summary>
internal static class InterventionLabels
{
    public static string Api<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static IReadOnlyDictionary<InterventionStatus, string> Statuses { get; } = Enum.GetValues<InterventionStatus>().ToDictionary(k => k, k => k.SwedishLabel());
    public static IReadOnlyDictionary<GoalMeasure, string> Measures { get; } = Enum.GetValues<GoalMeasure>().ToDictionary(k => k, k => k.SwedishLabel());
    public static IReadOnlyDictionary<GoalStatus, string> GoalStatuses { get; } = Enum.GetValues<GoalStatus>().ToDictionary(k => k, k => k.SwedishLabel());

    public static string KindLabel(string api) => Enum.TryParse<InterventionKind>(api, true, out var k) ? k.SwedishLabel() : api;
    public static string StatusLabel(string api) => Enum.TryParse<InterventionStatus>(api, true, out var s) ? s.SwedishLabel() : api;
    public static string GoalStatusLabel(string api) => Enum.TryParse<GoalStatus>(api, true, out var s) ? s.SwedishLabel() : api;
    public static string MeasureLabel(string api) => Enum.TryParse<GoalMeasure>(api, true, out var s) ? s.SwedishLabel() : api;
}
