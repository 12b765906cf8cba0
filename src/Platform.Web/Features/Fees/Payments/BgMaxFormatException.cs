namespace Platform.Features.Fees.Payments;

/// <summary>The file could not be read; the message is Swedish and names the line.</summary>
internal sealed class BgMaxFormatException(string message) : Exception(message);
