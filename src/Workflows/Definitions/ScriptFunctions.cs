using Acornima;
using Acornima.Ast;
using Jint;

namespace DossierFamille.Workflows.Definitions;

/// <summary>
/// The functions a script calls by name, checked before it runs: besides the engine's built-ins
/// (<c>parseInt</c>, <c>Number</c>…) and the functions the script declares itself, a script may call
/// <c>getVariable(n)</c> / <c>setVariable(n, v)</c> and the <c>get&lt;Name&gt;()</c> / <c>set&lt;Name&gt;(v)</c>
/// functions of the workflow's variables (the name as written, or with its first letter in capitals, as Elsa
/// spells them), the ones the engine defines when the script runs.
/// </summary>
internal static class ScriptFunctions
{
    private static readonly Lazy<HashSet<string>> BuiltIns = new(() =>
        new Engine().Global.GetOwnPropertyKeys().Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal));

    /// <summary>The names called but defined nowhere; empty for a script that does not parse (reported as such elsewhere).</summary>
    public static IReadOnlyList<string> Unknown(string script, IReadOnlySet<string> variables)
    {
        Acornima.Ast.Program program;
        try
        {
            program = new Parser().ParseScript(script);
        }
        catch (ParseErrorException)
        {
            return [];
        }

        var nodes = program.DescendantNodesAndSelf().ToList();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node is IFunction function)
            {
                declared.UnionWith(function.Params.OfType<Identifier>().Select(p => p.Name));
                if (function.Id is { } id)
                {
                    declared.Add(id.Name);
                }
            }
            else if (node is VariableDeclarator { Id: Identifier variable })
            {
                declared.Add(variable.Name);
            }
        }

        return [.. nodes.OfType<CallExpression>().Select(c => c.Callee).OfType<Identifier>().Select(i => i.Name)
            .Where(name => !declared.Contains(name) && !BuiltIns.Value.Contains(name) && !IsAccessor(name, variables))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The variable a <c>get…</c> / <c>set…</c> name would be about ("getCompteur" → "Compteur"), or null.</summary>
    public static string? AccessedVariable(string name) =>
        name.Length > 3 && (name.StartsWith("get", StringComparison.Ordinal) || name.StartsWith("set", StringComparison.Ordinal)) ? name[3..] : null;

    private static bool IsAccessor(string name, IReadOnlySet<string> variables) =>
        name is "getVariable" or "setVariable"
        || (AccessedVariable(name) is { } suffix && variables.Any(v => v == suffix || (v.Length > 0 && char.ToUpperInvariant(v[0]) + v[1..] == suffix)));
}
