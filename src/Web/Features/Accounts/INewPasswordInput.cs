namespace DossierFamille.Web.Features.Accounts;

/// <summary>A form that asks for a new password twice.</summary>
public interface INewPasswordInput
{
    string NewPassword { get; set; }

    string ConfirmPassword { get; set; }
}
