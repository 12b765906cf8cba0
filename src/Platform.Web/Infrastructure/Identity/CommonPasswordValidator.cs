using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Refuses a password that is common or easy to guess from who chose it: one of the common
/// passwords (<c>CommonPasswords.txt</c>), such a word with digits and signs around it
/// ("Password12", "Sommar2025!"), written with digits for letters ("P@ssw0rd1"), repeated, or the
/// association's name or the person's email address with digits added (issue 20, 14).
/// </summary>
internal sealed class CommonPasswordValidator(TenantContext tenant) : IPasswordValidator<PlatformUser>
{
    /// <summary>Starts with "Password" like Identity's own codes, so the pages show it beside the new password.</summary>
    public const string Code = "PasswordTooCommon";

    public const string Message = "Lösenordet är för vanligt och lätt att gissa. Välj något annat, till exempel en fras av flera ord.";

    private static readonly FrozenSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<PlatformUser> manager, PlatformUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password, PersonalWords(user))
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);

    /// <summary>True when <paramref name="password"/> is common, or built from one of <paramref name="personal"/> words.</summary>
    internal static bool IsCommon(string password, IReadOnlyCollection<string> personal)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Common.Contains(lower)) return true;
        // The word inside digits and signs: "!Password12" → "password".
        var core = lower.Trim([.. lower.Where(c => !char.IsLetter(c)).Distinct()]);
        if (core.Length == 0) return false; // digits and signs only: the common ones are in the list
        foreach (var candidate in new[] { core, Compact(core), Compact(FromDigits(core)) })
        {
            if (candidate.Length == 0) continue;
            if (Common.Contains(candidate) || personal.Contains(candidate)) return true;
            if (RepeatedUnit(candidate) is { } unit && (unit.Length <= 3 || Common.Contains(unit) || personal.Contains(unit))) return true;
        }
        return false;
    }

    // The association and the person's address: what anyone who knows them would try first.
    private HashSet<string> PersonalWords(PlatformUser user)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? text)
        {
            foreach (var word in (text ?? "").ToLowerInvariant().Split([' ', '.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries))
                if (word.Length >= 3) words.Add(word);
            if (Compact(text?.ToLowerInvariant() ?? "") is { Length: >= 3 } whole) words.Add(whole);
        }
        Add(user.Email?.Split('@')[0]);
        if (tenant.Tenant is { } association)
        {
            Add(association.Slug);
            Add(association.Name);
        }
        return words;
    }

    private static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    // Digits and signs for letters: "p@ssw0rd" → "password".
    private static string FromDigits(string text) => new([.. text.Select(c => c switch
    {
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    })]);

    // "qwertyqwerty" → "qwerty"; null when the text is not one unit repeated.
    private static string? RepeatedUnit(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length != 0) continue;
            var unit = text[..length];
            if (string.Concat(Enumerable.Repeat(unit, text.Length / length)) == text) return unit;
        }
        return null;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Platform.Infrastructure.Identity.CommonPasswords.txt")
            ?? throw new InvalidOperationException("CommonPasswords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#')) words.Add(word);
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
