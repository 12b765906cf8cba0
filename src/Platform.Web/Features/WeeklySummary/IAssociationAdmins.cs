using Platform.Infrastructure.Email;

namespace Platform.Features.WeeklySummary;

/// <summary>Who receives an association's administrative email.</summary>
internal interface IAssociationAdmins
{
    Task<IReadOnlyList<EmailRecipient>> ListAsync(CancellationToken ct);
}
