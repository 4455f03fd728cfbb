using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Campaigns;

/// <summary>
/// "Campagne annuelle", one instance per campaign (correlation "campagne:2026-2027"), published at
/// first start and editable in the designer: it reads the campaign again at every turn, waits for
/// the next date (or for the admin's change), writes to every family at the opening, then reminds
/// the families whose dossier is incomplete, until the closing date.
/// </summary>
internal static class CampaignWorkflow
{
    public const string DefinitionId = "campagne-annuelle";
    public const string ChangedSignal = "CampagneModifiee";
    public const string OpeningSentVariable = "ouvertureEnvoyee";
    public const string LastReminderVariable = "derniereRelance";
    private const string CorrelationPrefix = "campagne:";

    public static string Correlation(string schoolYear) => CorrelationPrefix + schoolYear;

    /// <summary>The campaign an activity works on: its "Campagne" input, else the instance's correlation.</summary>
    public static string SchoolYearOf(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetInput<string>("Campagne") is { Length: > 0 } year)
        {
            return year.Trim();
        }

        return context.CorrelationId is { } correlation && correlation.StartsWith(CorrelationPrefix, StringComparison.Ordinal)
            ? correlation[CorrelationPrefix.Length..]
            : throw new InvalidOperationException("La campagne est inconnue : indiquez l'année scolaire ou démarrez le workflow avec la corrélation « campagne:2026-2027 ».");
    }

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Campagne annuelle")
            .Describe("Campagne d'inscription d'une année scolaire : email d'ouverture à toutes les familles, puis relances des dossiers incomplets jusqu'à la clôture.")
            .Variable(OpeningSentVariable)
            .Variable(LastReminderVariable)
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("lire", "LireCampagne", a => a.At(0, 120))
            .Add("etape", "Switch", a => a.Literal("Cases", new JsonArray(
                    Case("Ouverture", CampaignStage.Opening),
                    Case("Relance", CampaignStage.Reminder),
                    Case("Terminee", CampaignStage.Finished)))
                .At(0, 240))
            .Add("annonce", "EmailFamilles", a => a
                .Literal("Destinataires", EmailFamiliesActivity.AllFamilies)
                .JavaScript("Objet", "\"La campagne d'inscription \" + variables.annee + \" est ouverte\"")
                .JavaScript("Message", "\"La campagne d'inscription \" + variables.annee + \" du Portail Famille est ouverte jusqu'au \" + variables.fermeture + \".\\n\\n"
                    + "Comme chaque année, chaque fiche de votre dossier famille doit être validée et transmise à la mairie, même si rien n'a changé, "
                    + "et le règlement intérieur de chaque structure signé pour chacun de vos enfants.\"")
                .Literal("ResultVariable", OpeningSentVariable)
                .At(-320, 360))
            .Add("relance", "EmailFamilles", a => a
                .Literal("Destinataires", EmailFamiliesActivity.IncompleteFamilies)
                .JavaScript("Objet", "\"Dossier famille \" + variables.annee + \" : il vous reste des démarches\"")
                .JavaScript("Message", "\"Votre dossier famille \" + variables.annee + \" n'est pas encore complet. La campagne d'inscription se termine le \" + variables.fermeture + \".\"")
                .Literal("ResultVariable", LastReminderVariable)
                .At(0, 360))
            .Add("attente", "WaitForSignal", a => a
                .Literal("Signal", ChangedSignal)
                .JavaScript("Until", "variables.echeance")
                .Literal("ResultVariable", "modification")
                .At(320, 360))
            .Add("fin", "End", a => a.At(0, 480))
            .Connect("debut", "lire")
            .Connect("lire", "etape")
            .Connect("etape", "annonce", "Ouverture")
            .Connect("etape", "relance", "Relance")
            .Connect("etape", "fin", "Terminee")
            .Connect("etape", "attente", "Default")
            .Connect("annonce", "lire")
            .Connect("relance", "lire")
            .Connect("attente", "lire")
            .Build();

    private static JsonObject Case(string name, string stage) => new() { ["name"] = name, ["condition"] = $"variables.etape === '{stage}'" };
}
