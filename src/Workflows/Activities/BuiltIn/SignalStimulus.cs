using DossierFamille.Workflows.Runtime;

namespace DossierFamille.Workflows.Activities.BuiltIn;

internal static class SignalStimulus
{
    public const string Name = "Signal";

    public static string Key(string signal, string? correlationId) => signal + "\u001e" + (correlationId ?? "");

    public static string Hash(string signal, string? correlationId) => StimulusHash.Compute(Name, Key(signal, correlationId));
}
