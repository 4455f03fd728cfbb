using DossierFamille.Web.Features.Accounts;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Dossier;

/// <summary>
/// "Revue de fiche", published at first start and editable by admins in the designer: started
/// by the signal of a transmitted fiche, a task for the gestionnaires with a reminder to them
/// after a delay, the decision applied (an acceptance may complete the children's dossiers), an
/// email to the family.
/// </summary>
internal static class FicheReviewWorkflow
{
    public const string DefinitionId = "revue-fiche";
    public const string ReviewActivity = "revue";

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Revue de fiche")
            .Describe("Revue par un gestionnaire d'une fiche validée et transmise par une famille.")
            .Add("transmise", "WaitForSignal", a => a.Literal("Signal", DossierService.TransmittedSignal).At(0, 0))
            .Add("preparer", "PreparerRevueFiche", a => a.At(0, 120))
            .Add("parallele", "Fork", a => a.Literal("Branches", "revue, relance").At(0, 240))
            .Add(ReviewActivity, "HumanTask", a => a
                .JavaScript("Title", "'Revue : ' + variables.fiche + ' (' + variables.famille + ')'")
                .Literal("Role", Roles.Gestionnaire)
                .Literal("Outcomes", $"{ApplyFicheDecisionActivity.Accept}, {ApplyFicheDecisionActivity.Refuse}")
                .Literal("ResultVariable", "decision")
                .At(-200, 360))
            .Add("appliquer", "AppliquerDecisionFiche", a => a.At(-200, 480))
            .Add("acceptee", "Decision", a => a.JavaScript("Condition", "variables.accepte === true").At(-200, 600))
            .Add("mailAcceptee", "SendEmail", a => a
                .JavaScript("To", "variables.destinataires")
                .JavaScript("Subject", "'Votre ' + variables.ficheDansPhrase + ' a été acceptée'")
                .JavaScript("HtmlBody", "'<p>Bonjour,</p><p>La mairie a accepté votre ' + variables.ficheDansPhrase + '. Elle est désormais à jour pour cette année scolaire.</p><p><a href=\"' + variables.lienFiche + '\">Consulter la fiche sur le Portail Famille</a></p><p>Le service Enfance</p>'")
                .JavaScript("TextBody", "'Bonjour,\\n\\nLa mairie a accepté votre ' + variables.ficheDansPhrase + '. Elle est désormais à jour pour cette année scolaire.\\n\\nConsulter la fiche : ' + variables.lienFiche + '\\n\\nLe service Enfance'")
                .At(-350, 840))
            .Add("complet", "VerifierDossierComplet", a => a.JavaScript("FamilyId", "variables.familleId").At(-350, 720))
            .Add("mailRefusee", "SendEmail", a => a
                .JavaScript("To", "variables.destinataires")
                .JavaScript("Subject", "'Votre ' + variables.ficheDansPhrase + ' a été refusée'")
                .JavaScript("HtmlBody", "'<p>Bonjour,</p><p>La mairie a refusé votre ' + variables.ficheDansPhrase + ' pour le motif suivant :</p><blockquote>' + variables.motif + '</blockquote><p>Corrigez la fiche sur le Portail Famille puis validez-la et transmettez-la à nouveau : <a href=\"' + variables.lienFiche + '\">corriger la fiche</a>.</p><p>Le service Enfance</p>'")
                .JavaScript("TextBody", "'Bonjour,\\n\\nLa mairie a refusé votre ' + variables.ficheDansPhrase + ' pour le motif suivant :\\n' + variables.motif + '\\n\\nCorrigez la fiche sur le Portail Famille puis validez-la et transmettez-la à nouveau : ' + variables.lienFiche + '\\n\\nLe service Enfance'")
                .At(-50, 720))
            .Add("fin", "End", a => a.At(-200, 960))
            .Add("relance", "Delay", a => a.Literal("Duration", "P3D").At(200, 360))
            .Add("mailRelance", "SendEmail", a => a
                .JavaScript("To", "variables.emailMairie")
                .JavaScript("Subject", "'Fiche en attente de revue : ' + variables.fiche")
                .JavaScript("HtmlBody", "'<p>La ' + variables.fiche + ' de la famille ' + variables.famille + ' attend une revue depuis 3 jours.</p>'")
                .At(200, 480))
            .Connect("transmise", "preparer")
            .Connect("preparer", "parallele")
            .Connect("parallele", ReviewActivity, "revue")
            .Connect("parallele", "relance", "relance")
            .Connect(ReviewActivity, "appliquer", ApplyFicheDecisionActivity.Accept)
            .Connect(ReviewActivity, "appliquer", ApplyFicheDecisionActivity.Refuse)
            .Connect("appliquer", "acceptee")
            .Connect("acceptee", "complet", "True")
            .Connect("complet", "mailAcceptee")
            .Connect("acceptee", "mailRefusee", "False")
            .Connect("mailAcceptee", "fin")
            .Connect("mailRefusee", "fin")
            .Connect("relance", "mailRelance")
            .Build();
}
