using System.Text.Json.Serialization;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// A row of the payment plan: an existing payment (<see cref="Id"/>) or a new one; <see cref="Remove"/> takes an
/// unpaid one away. Condition is AgreementSigned or ReportApproved; NotBefore YYYY-MM-DD or empty.
/// </summary>
internal sealed class PaymentRowInput
{
    public string? Id { get; set; }
    public int? Year { get; set; }
    [JsonConverter(typeof(NumberText))] public string? Amount { get; set; }
    public string? Condition { get; set; }
    public string? NotBefore { get; set; }
    public bool Remove { get; set; }
}
