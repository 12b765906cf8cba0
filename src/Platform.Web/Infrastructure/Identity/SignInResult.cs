using System.Security.Claims;

namespace Platform.Infrastructure.Identity;

internal sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null);
