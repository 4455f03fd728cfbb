using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Web.Features.Payments;

/// <summary>
/// "Paiement en ligne", published at first start and editable in the designer: dispatched with each payment (same
/// transaction), it waits past the payment's validity, then asks PayFiP for the result while the notification has not
/// brought it, every quarter of an hour until PayFiP gives it (or forgets the unused idOp). Its timers are leased, so one
/// node checks each payment however many share the database.
/// </summary>
internal static class OnlinePaymentWorkflow
{
    public const string DefinitionId = "paiement-en-ligne";

    private const string Prefix = "paiement:";

    public static string Correlation(Guid paymentId) => $"{Prefix}{paymentId}";

    public static Guid? PaymentId(string? correlation) =>
        correlation is not null && correlation.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParse(correlation.AsSpan(Prefix.Length), out var id) ? id : null;

    public static WorkflowDefinitionModel Build() =>
        new WorkflowBuilder(DefinitionId, "Paiement en ligne")
            .Describe("Un paiement PayFiP : passé sa validité (15 minutes), si la notification de PayFiP n'est pas arrivée, le portail demande lui-même le résultat, puis toutes les 15 minutes tant qu'il n'est pas connu.")
            .Add("debut", "Start", a => a.At(0, 0))
            .Add("validite", "Delay", a => a.Literal("Duration", "PT16M").At(0, 120))
            .Add("verifier", "VerifierPaiementPayFip", a => a.At(0, 240))
            .Add("relance", "Delay", a => a.Literal("Duration", "PT15M").At(240, 240))
            .Add("fin", "End", a => a.At(0, 360))
            .Sequence("debut", "validite", "verifier")
            .Connect("verifier", "fin", "Regle")
            .Connect("verifier", "relance", "EnAttente")
            .Connect("relance", "verifier")
            .Build();
}
