namespace DossierFamille.Benchmarks;

internal static class StorageBenchmark
{
    public static Task<int> RunAsync() => throw new NotSupportedException("storage benchmark not written yet");
}
