using DossierFamille.Benchmarks;

// Prints name=value lines. Usage: dotnet run -c Release --project tests/DossierFamille.Benchmarks -- engine|storage|timers|rush [N]|invoicing
return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(),
    "storage" => await StorageBenchmark.RunAsync(),
    "timers" => await TimerBenchmark.RunAsync(),
    "rush" => await RushBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2500),
    "invoicing" => await InvoicingBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/DossierFamille.Benchmarks -- engine|storage|timers|rush [N]|invoicing");
    return 2;
}
