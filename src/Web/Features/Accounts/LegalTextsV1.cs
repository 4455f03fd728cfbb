namespace DossierFamille.Web.Features.Accounts;

/// <summary>The first versions of the RGPD notice and the CGU; admins publish later versions.</summary>
internal static class LegalTextsV1
{
    public const string Rgpd = """
        La mairie traite les données de votre foyer (identité, coordonnées, situation familiale, quotient familial, informations de santé utiles à l'accueil de vos enfants) pour gérer les inscriptions aux services périscolaires et extrascolaires, les réservations et la facturation.
        Base légale : l'exécution d'une mission de service public. Les données sont conservées pendant la durée de l'inscription puis archivées selon les règles applicables aux archives publiques ; les pièces justificatives sont supprimées au plus tard un an après la fin de l'année scolaire.
        Seuls les agents habilités du service Enfance y ont accès. Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou la limitation de leur traitement en écrivant au délégué à la protection des données de la mairie, et introduire une réclamation auprès de la CNIL.
        """;

    public const string Cgu = """
        Le Portail Famille permet de tenir à jour le dossier de votre foyer, de transmettre les pièces justificatives, de signer les règlements intérieurs, de réserver les activités de vos enfants, de consulter vos factures et d'écrire à la mairie. Le paiement en ligne passe par PayFiP, le service de paiement de la Direction générale des Finances publiques : vos coordonnées bancaires ne sont jamais transmises au portail.
        Vos identifiants sont personnels : ne les communiquez à personne. Chaque responsable légal dispose de son propre compte.
        Les informations que vous transmettez doivent être exactes ; la mairie peut vous demander de les corriger. Une fiche validée et transmise ne peut plus être modifiée jusqu'à la réponse du gestionnaire.
        La mairie peut faire évoluer ces conditions ; une nouvelle version vous sera présentée à votre prochaine connexion.
        """;
}
