using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Workflows.Scripting;

/// <summary>Sandbox limits of JavaScript expressions.</summary>
public sealed class ScriptingOptions
{
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    [Range(100, 100_000_000)]
    public int MaxStatements { get; set; } = 100_000;

    [Range(1_000_000, 1_000_000_000)]
    public long MemoryLimitBytes { get; set; } = 16_000_000;

    [Range(1, 10_000)]
    public int MaxRecursion { get; set; } = 100;
}
