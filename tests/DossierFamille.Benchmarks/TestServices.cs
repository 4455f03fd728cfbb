using System.Diagnostics;

namespace DossierFamille.Benchmarks;

/// <summary>Starts a service the way ./test.sh does (tools/services.sh) and returns its DF_TEST_* value.</summary>
internal static class TestServices
{
    public static string Start(string startFunction, string variable)
    {
        var existing = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var root = FindRepositoryRoot();
        var info = new ProcessStartInfo("bash", ["-c", $"source tools/services.sh >&2 && {startFunction} >&2 && printf '%s' \"${variable}\""])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash could not be started");
        var value = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || value.Length == 0)
        {
            throw new InvalidOperationException($"{startFunction} failed: the service behind {variable} could not be started.");
        }

        Environment.SetEnvironmentVariable(variable, value);
        return value;
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DossierFamille.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DossierFamille.sln not found above " + AppContext.BaseDirectory);
    }
}
