namespace Platform.Features.LegalDates;

internal sealed record AppealPeriodDto(DateOnly PostedOn, DateOnly LastAppealDay, DateOnly EarliestTakedown);
