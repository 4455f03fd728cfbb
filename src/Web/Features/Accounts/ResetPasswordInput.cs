using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Accounts;

public sealed class ResetPasswordInput : INewPasswordInput
{
    [Required(ErrorMessage = "Saisissez un nouveau mot de passe.")]
    public string NewPassword { get; set; } = string.Empty;

    [Compare(nameof(NewPassword), ErrorMessage = "La confirmation ne correspond pas au nouveau mot de passe.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
