using DossierFamille.Benchmarks;

// Prints name=value lines. Usage: dotnet run -c Release --project tests/DossierFamille.Benchmarks -- engine|storage|timers
return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(),
    "storage" => await StorageBenchmark.RunAsync(),
    "timers" => await TimerBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/DossierFamille.Benchmarks -- engine|storage|timers");
    return 2;
}
