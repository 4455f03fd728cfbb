using DossierFamille.Web.Features.Accounts.Emails;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Messages.Emails;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Emails;

namespace DossierFamille.Web.Features.Email.Preview;

/// <summary>
/// Every email the portal writes from a template, with sample data (a test checks none is missing). The emails of the
/// workflows (fiche review, campaign texts) are edited in the designer, not here.
/// </summary>
internal sealed class EmailSamples(PortalLinks links)
{
    public IReadOnlyList<EmailSample> All =>
    [
        new("mot-de-passe-oublie", "Mot de passe oublié", "le parent", new PasswordResetEmail("Marie Dupont", "marie.dupont", links.Absolute("/compte/reinitialiser?uid=exemple&code=exemple"))),
        new("confirmer-adresse", "Confirmer une nouvelle adresse email", "la nouvelle adresse", new EmailConfirmationEmail("Marie Dupont", "marie.dupont", "marie.dupont@exemple.fr", links.Absolute("/compte/confirmer-email?uid=exemple&code=exemple"))),
        new("changement-adresse", "Changement d'adresse demandé", "les adresses actuelles", new EmailChangeNoticeEmail("Marie Dupont", "marie.dupont", ["marie.dupont@exemple.fr"])),
        new("message-famille", "Message d'une famille", "la mairie", new NewFamilyMessageEmail("Marie Dupont", "Absence de Lina lundi", "Bonjour,\nLina sera absente lundi 7 décembre.\nMerci.", links.Absolute("/gestion/messages"))),
        new("reponse-mairie", "Réponse de la mairie", "le parent", new MairieAnswerEmail("Marie Dupont", "Absence de Lina lundi", links.Absolute("/contact"))),
        new("compte-rendu-reservations", "Compte rendu des réservations", "le parent, le matin après le traitement de la nuit", new BookingTextEmail(BookingReports.Subject(new DateOnly(2026, 12, 1)), SampleReport)),
        new("reservations-modifiees", "Réservations modifiées par la mairie", "le parent", new BookingTextEmail(WaitingListPromotions.Subject, SampleChange)),
    ];

    private static string SampleReport => BookingReportText.Compose("Mme DUPONT Marie", "Mairie de Carteville", 3, 1, new Dictionary<BookingReportSection, IReadOnlyList<BookingMovementLine>>
    {
        [BookingReportSection.Acceptees] = [new("APS MATIN", "DUPONT Lina", new DateOnly(2026, 12, 7)), new("APS MATIN", "DUPONT Lina", new DateOnly(2026, 12, 8))],
        [BookingReportSection.ListeAttente] = [new("RESTAURATION", "DUPONT Noé", new DateOnly(2026, 12, 7))],
        [BookingReportSection.Annulees] = [new("RESTAURATION", "DUPONT Lina", new DateOnly(2026, 12, 4))],
    });

    private static string SampleChange => BookingAccountEmails.Text("Mme DUPONT Marie", WaitingListPromotions.Message, [new("RESTAURATION", "DUPONT Noé", new DateOnly(2026, 12, 7))]);
}
