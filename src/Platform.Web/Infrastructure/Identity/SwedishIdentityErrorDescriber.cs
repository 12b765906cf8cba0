using Microsoft.AspNetCore.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>Identity's messages in Swedish, for the ones a user can meet.</summary>
internal sealed class SwedishIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Något gick fel. Försök igen." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Uppgifterna ändrades samtidigt av någon annan. Försök igen." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Lösenordet stämmer inte." };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Länken är ogiltig eller har redan använts. En länk gäller i två timmar: be om en ny under ”Glömt lösenordet?” på inloggningssidan." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "E-postadressen är inte giltig." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "E-postadressen är inte giltig." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Det finns redan ett konto med den e-postadressen." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Det finns redan ett konto med den e-postadressen." };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Lösenordet måste ha minst {length} tecken." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Lösenordet måste ha minst {uniqueChars} olika tecken." };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "Kontot kan inte spärras." };
}
