namespace Platform.Features.LegalDates;

internal sealed record PostingDeadlineDto(DateOnly AdjustedOn, DateOnly PostingDeadline);
