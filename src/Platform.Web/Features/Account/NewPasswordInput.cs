using System.ComponentModel.DataAnnotations;

namespace Platform.Features.Account;

/// <summary>A new password, typed twice.</summary>
internal sealed class NewPasswordInput
{
    [Display(Name = "Nytt lösenord")]
    [Required(ErrorMessage = "Ange ett lösenord.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Lösenordet måste ha minst 10 tecken.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Samma lösenord igen")]
    [Required(ErrorMessage = "Skriv lösenordet en gång till.")]
    [Compare(nameof(Password), ErrorMessage = "Lösenorden är inte lika.")]
    [DataType(DataType.Password)]
    public string Confirm { get; set; } = "";
}
