using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// "Traitement des réservations", published at first start and editable in the designer: one
/// instance for the commune (correlation "reservations", started with the processing settings) that
/// waits for the nightly time, processes every request still "Non transmise" in slices (each day of
/// an activity in its own transaction), waits for the report time, sends the next-morning reports,
/// and starts again. An admin's change of the times wakes it to plan again.
/// </summary>
internal static class BookingProcessingWorkflow
{
    public const string DefinitionId = "traitement-reservations";
    public const string Correlation = "reservations";
    public const string SettingsChangedSignal = "ReglagesTraitementReservationsModifies";
    public const string ProcessingStage = "Traitement";
    public const string ReportStage = "CompteRendu";

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Traitement des réservations")
            .Describe("Chaque nuit à l'heure choisie par l'administrateur : traite les demandes « Non transmise » dans leur ordre d'arrivée (acceptées, liste d'attente, refusées), puis envoie le matin à chaque compte le compte rendu de ses mouvements.")
            .Variable("echeance")
            .Variable("modification")
            .Variable("traitement")
            .Variable("comptesRendus")
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("planifier", "PlanifierTraitementReservations", a => a.Literal("Etape", ProcessingStage).At(0, 120))
            .Add("attendre", "WaitForSignal", a => a.Literal("Signal", SettingsChangedSignal).JavaScript("Until", "variables.echeance").Literal("ResultVariable", "modification").At(0, 240))
            .Add("heureDuTraitement", "Decision", a => a.JavaScript("Condition", "variables.modification == null").At(0, 360))
            .Add("traiter", "TraiterReservations", a => a.Literal("ResultVariable", "traitement").At(0, 480))
            .Add("pause", "Delay", a => a.Literal("Duration", "PT1S").At(320, 480))
            .Add("planifierCompteRendu", "PlanifierTraitementReservations", a => a.Literal("Etape", ReportStage).At(0, 600))
            .Add("attendreCompteRendu", "WaitForSignal", a => a.Literal("Signal", SettingsChangedSignal).JavaScript("Until", "variables.echeance").Literal("ResultVariable", "modification").At(0, 720))
            .Add("heureDuCompteRendu", "Decision", a => a.JavaScript("Condition", "variables.modification == null").At(0, 840))
            .Add("envoyer", "EnvoyerComptesRendusReservations", a => a.Literal("ResultVariable", "comptesRendus").At(0, 960))
            .Add("pauseCompteRendu", "Delay", a => a.Literal("Duration", "PT1S").At(320, 960))
            .Connect("debut", "planifier")
            .Connect("planifier", "attendre")
            .Connect("attendre", "heureDuTraitement")
            .Connect("heureDuTraitement", "traiter", "True")
            .Connect("heureDuTraitement", "planifier", "False")
            .Connect("traiter", "pause", "Suite")
            .Connect("pause", "traiter")
            .Connect("traiter", "planifierCompteRendu", "Termine")
            .Connect("planifierCompteRendu", "attendreCompteRendu")
            .Connect("attendreCompteRendu", "heureDuCompteRendu")
            .Connect("heureDuCompteRendu", "envoyer", "True")
            .Connect("heureDuCompteRendu", "planifierCompteRendu", "False")
            .Connect("envoyer", "pauseCompteRendu", "Suite")
            .Connect("pauseCompteRendu", "envoyer")
            .Connect("envoyer", "planifier", "Termine")
            .Build();
}
