using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// "Demande de réservation", published at first start and editable in the designer: started with
/// each validated cart (same transaction), it loads the request into variables a commune may use
/// in steps it adds (an email, a wait, a human check). The nightly processing plugs in here.
/// </summary>
internal static class BookingRequestWorkflow
{
    public const string DefinitionId = "demande-reservation";

    public static string Correlation(Guid submissionId) => $"demande:{submissionId}";

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Demande de réservation")
            .Describe("Demandes de réservation et d'annulation validées par une famille, enregistrées « Non transmise » jusqu'au traitement.")
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("lire", "LireDemandeReservation", a => a.At(0, 120))
            .Add("fin", "End", a => a.At(0, 240))
            .Sequence("debut", "lire", "fin")
            .Build();
}
