using Microsoft.AspNetCore.Identity;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>Identity's messages in French, as a parent reads them beside the field.</summary>
internal sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit contenir au moins {length} caractères.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir au moins un chiffre.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir au moins une minuscule.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir au moins une majuscule.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir au moins un caractère spécial (par exemple ! ? * # -).");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Le mot de passe actuel est incorrect.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ce lien n'est plus valide. Demandez un nouveau lien de réinitialisation.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"L'identifiant « {userName} » est déjà utilisé.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"L'identifiant « {userName} » n'est pas valide : lettres, chiffres, points et tirets uniquement.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"L'adresse email « {email} » n'est pas valide.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur est survenue. Veuillez réessayer.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
