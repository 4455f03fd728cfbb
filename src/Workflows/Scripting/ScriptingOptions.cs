using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Workflows.Scripting;

/// <summary>Sandbox limits of JavaScript expressions.</summary>
public sealed class ScriptingOptions
{
    /// <summary>The longest a script runs; a regular expression's match is held to it as well.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    [Range(100, 100_000_000)]
    public int MaxStatements { get; set; } = 100_000;

    [Range(1_000_000, 1_000_000_000)]
    public long MemoryLimitBytes { get; set; } = 16_000_000;

    [Range(1, 10_000)]
    public int MaxRecursion { get; set; } = 100;

    /// <summary>The longest string one call may build (<c>repeat</c>, <c>padStart</c>, <c>join</c>, <c>replace</c>…), in characters.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxStringLength { get; set; } = 1_000_000;

    /// <summary>The most elements an array may have.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxArrayLength { get; set; } = 100_000;

    /// <summary>The most an instance's variables may hold, as JSON characters; a step storing more faults and stores nothing.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxVariablesLength { get; set; } = 1_000_000;
}
