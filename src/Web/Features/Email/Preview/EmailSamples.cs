using DossierFamille.Web.Features.Accounts.Emails;
using DossierFamille.Web.Features.Campaigns.Emails;
using DossierFamille.Web.Features.Children;
using DossierFamille.Web.Features.Children.Emails;
using DossierFamille.Web.Features.Commune;
using DossierFamille.Web.Features.Invoicing;
using DossierFamille.Web.Features.Invoicing.Emails;
using DossierFamille.Web.Features.Messages.Emails;
using DossierFamille.Web.Features.Payments.Emails;
using DossierFamille.Web.Features.Reglements.Emails;
using DossierFamille.Web.Features.Reservations;
using DossierFamille.Web.Features.Reservations.Emails;
using DossierFamille.Web.Features.Rgpd.Emails;

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
        new("campagne", "Campagne d'inscription (ouverture, relances)", "chaque responsable ; objet et texte se modifient dans le workflow « Campagne annuelle »", new CampaignEmail(
            "Inscriptions 2026-2027 : complétez votre dossier famille", "Marie Dupont",
            ["La campagne d'inscription 2026-2027 est ouverte jusqu'au 15/07/2026.", "Validez et transmettez chaque fiche, même sans changement."],
            ["Remplir, valider et transmettre la fiche enfant de Lina", "Signer le règlement intérieur : Lina – École Jules Ferry"], links.Absolute("/dossier"))),
        new("reglement-signe", "Accusé de signature d'un règlement intérieur", "le signataire, avec l'accusé PDF en pièce jointe", new ReglementReceiptEmail("Marie Dupont", "Lina Dupont", "École Jules Ferry", "2026-2027")),
        new("nouveau-reglement", "Nouveau règlement intérieur à signer", "les comptes qui avaient signé la version précédente", new NewReglementEmail("École Jules Ferry", 2, "Lina, Noé", links.Absolute("/dossier/reglements"))),
        new("ticket-paiement", "Ticket de paiement en ligne", "le compte qui a payé (sa première adresse)", new PaymentTicketEmail("12,50 €", "Cantine de novembre", "FAC2026110042", "01/12/2026 à 10:15", "123456", "a1b2c3d4e5", links.Absolute(Payments.PaymentsModule.PaymentPath(Guid.Empty)), ByTropPaye: false)),
        new("ticket-trop-paye", "Ticket de réservations réglées par le trop payé", "le compte qui a réservé (sa première adresse)", new PaymentTicketEmail("5,50 €", "Réservations APS MATIN", "RESA0123456789ABCDEF012345678", "01/12/2026 à 10:15", null, null, links.Absolute(Reservations.ReservationsModule.SubmissionPath(Guid.Empty)), ByTropPaye: true)),
        new("facture-disponible", "Facture disponible", "le compte payeur", new InvoiceIssuedEmail("Marie Dupont", "FAC-2026-000042", "novembre 2026", "42,50 €", "15/12/2026", links.Absolute(InvoicingModule.ParentPath), null, "42,50 €", false)),
        new("facture-disponible-trop-paye", "Facture disponible, réglée par le trop payé", "le compte payeur", new InvoiceIssuedEmail("Marie Dupont", "FAC-2026-000043", "novembre 2026", "12,50 €", "15/12/2026", links.Absolute(InvoicingModule.ParentPath), "12,50 €", "0,00 €", true)),
        new("facture-rappel", "Rappel de facture impayée", "le compte payeur", new InvoiceReminderEmail("Marie Dupont", "FAC-2026-000042", "01/12/2026", "15/12/2026", "42,50 €", links.Absolute(InvoicingModule.ParentPath))),
        new("facture-envoyee", "Facture envoyée sur demande", "le compte payeur, avec le PDF en pièce jointe", new InvoiceSentEmail("Marie Dupont", "la facture", "FAC-2026-000042", "01/12/2026", "42,50 €", links.Absolute(InvoicingModule.ParentPath))),
        new("fermeture-demandee", "Demande de fermeture de compte", "la mairie", new ClosureRequestedEmail("Marie Dupont", links.Absolute(Rgpd.RgpdModule.ClosuresPath))),
        new("fermeture-refusee", "Fermeture de compte refusée", "le parent", new ClosureRefusedEmail("Des réservations de décembre ne sont pas encore facturées.", links.Absolute(Rgpd.RgpdModule.ClosePath))),
        new("compte-ferme", "Compte fermé", "le parent", new AccountClosedEmail(WholeFamily: false)),
        new("copie-donnees", "Copie des données prête", "le parent", new DataCopyReadyEmail("01/12/2026 à 09:00", "08/12/2026 à 09:00", links.Absolute(Rgpd.RgpdModule.CopyPath(Guid.Empty)))),
        new("demande-enfant", "Demande sur un enfant reçue", "la mairie", new NewChildRequestEmail("Marie Dupont", "Noé Dupont", ChildRequestKind.NouvelEnfant, links.Absolute(ChildrenModule.GestionPath))),
        new("demande-enfant-acceptee", "Demande sur un enfant acceptée", "le parent qui l'a faite", new ChildRequestDecisionEmail("Marie Dupont", "Lina Dupont", ChildRequestKind.Modification, null, links.Absolute(ChildrenModule.ParentPath))),
        new("demande-enfant-refusee", "Demande sur un enfant refusée", "le parent qui l'a faite", new ChildRequestDecisionEmail("Marie Dupont", "Noé Dupont", ChildRequestKind.NouvelEnfant, "Merci de joindre l'acte de naissance dans un message à la mairie.", links.Absolute(ChildrenModule.ParentPath))),
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
