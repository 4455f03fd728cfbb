using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>The fields of every password change: current, new and its confirmation.</summary>
public sealed class ChangePasswordInput : INewPasswordInput
{
    [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Saisissez un nouveau mot de passe.")]
    public string NewPassword { get; set; } = string.Empty;

    [Compare(nameof(NewPassword), ErrorMessage = "La confirmation ne correspond pas au nouveau mot de passe.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
