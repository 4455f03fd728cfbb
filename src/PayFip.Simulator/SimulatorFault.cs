namespace DossierFamille.PayFip.Simulator;

/// <summary>
/// A PayFiP <c>FonctionnelleErreur</c> the simulator answers. P1 (unknown idOp) and P5 (result not known yet) are
/// PayFiP's codes; the simulator's own checks of a creation use codes starting with S.
/// </summary>
internal sealed class SimulatorFault(string code, string label) : Exception(label)
{
    public string Code { get; } = code;

    public static SimulatorFault UnknownOperation() => new("P1", "IdOp incorrect");

    public static SimulatorFault ResultNotYetKnown() => new("P5", "Résultat de la transaction non connu");
}
