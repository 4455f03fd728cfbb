namespace DossierFamille.PayFip.Simulator;

/// <summary>The real service's paths, so that only the host changes between the simulator and PayFiP.</summary>
internal static class SimulatorPaths
{
    public const string Service = "/tpa/services/securite";

    public const string PaymentPage = "/tpa/paiementws.web";
}
