using DossierFamille.Benchmarks;

// Prints name=value lines. Usage: dotnet run -c Release --project tests/DossierFamille.Benchmarks -- engine|storage
return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(),
    "storage" => await StorageBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/DossierFamille.Benchmarks -- engine|storage");
    return 2;
}
