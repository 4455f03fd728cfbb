namespace DossierFamille.Benchmarks;

internal static class EngineBenchmark
{
    public static Task<int> RunAsync() => throw new NotSupportedException("engine benchmark not written yet");
}
