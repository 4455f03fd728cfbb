using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Scripting;

/// <summary>
/// Evaluates JavaScript expressions with Jint in a sandbox: no CLR access, and time, statement,
/// memory, recursion, string, array and regular-expression limits from <see cref="WorkflowOptions"/>
/// (a limit reached is a <see cref="ScriptLimitException"/> with a French message). Scripts read and write
/// <c>variables</c> (also through <c>getVariable</c>/<c>setVariable</c>, and the <c>getCompteur()</c> /
/// <c>setCompteur(v)</c> functions Elsa generates for each variable) and read <c>input</c>.
/// </summary>
internal sealed partial class ScriptEvaluator(IOptions<WorkflowOptions> options)
{
    private const string Prelude = "function getVariable(n){return variables[n];}function setVariable(n,v){variables[n]=v;}";
    private static readonly Prepared<Script> PreparedPrelude = Engine.PrepareScript(Prelude);
    private readonly ScriptGuards guards = new(options.Value.Scripting);
    private readonly ConcurrentDictionary<string, Prepared<Script>> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Prepared<Script>> accessors = new(StringComparer.Ordinal);

    /// <summary>Returns null when the script parses, else the parser's message.</summary>
    public static string? CompileError(string script)
    {
        try
        {
            Engine.PrepareScript(script);
            return null;
        }
        catch (Exception ex) when (ex is Jint.ScriptPreparationException or Acornima.ParseErrorException or Jint.Runtime.JavaScriptException)
        {
            return ex.Message;
        }
    }

    public JsonNode? Evaluate(string script, ScriptScope scope, CancellationToken cancellationToken = default)
    {
        try
        {
            return Run(script, scope, cancellationToken);
        }
        catch (Exception ex) when (guards.Explain(ex) is { } message)
        {
            throw new ScriptLimitException(message, ex);
        }
    }

    /// <summary>Refuses variables whose JSON would be longer than the instance may store.</summary>
    public void CheckVariables(JsonObject variables) => guards.CheckVariablesLength(variables.ToJsonString().Length);

    private JsonNode? Run(string script, ScriptScope scope, CancellationToken cancellationToken)
    {
        var prepared = cache.GetOrAdd(script, static s => Engine.PrepareScript(s));
        var limits = options.Value.Scripting;
        var engine = new Engine(o =>
        {
            o.TimeoutInterval(limits.Timeout)
                .MaxStatements(limits.MaxStatements)
                .LimitMemory(limits.MemoryLimitBytes)
                .LimitRecursion(limits.MaxRecursion)
                .CancellationToken(cancellationToken);
            o.Constraints.RegexTimeout = limits.Timeout;
            o.Constraints.MaxArraySize = (uint)limits.MaxArrayLength;
        });
        engine.Execute(guards.Script);
        var parser = new Jint.Native.Json.JsonParser(engine);
        var variables = parser.Parse(scope.Variables.ToJsonString());
        engine.SetValue("variables", variables);
        engine.SetValue("input", scope.Input is null ? JsValue.Null : parser.Parse(scope.Input.ToJsonString()));
        engine.SetValue("correlationId", scope.CorrelationId is null ? JsValue.Null : new JsString(scope.CorrelationId));
        engine.SetValue("instanceId", new JsString(scope.InstanceId.ToString()));
        if (scope.Extra is not null)
        {
            foreach (var (name, value) in scope.Extra)
            {
                engine.SetValue(name, value is null ? JsValue.Null : parser.Parse(value.ToJsonString()));
            }
        }

        engine.Execute(PreparedPrelude);
        engine.Execute(Accessors(scope.Variables));
        var result = engine.Evaluate(prepared);
        var written = engine.Evaluate("JSON.stringify(variables)").AsString();
        guards.CheckVariablesLength(written.Length);
        if (JsonNode.Parse(written) is JsonObject updated)
        {
            scope.Variables.Clear();
            foreach (var (name, value) in updated.ToList())
            {
                updated.Remove(name);
                scope.Variables[name] = value;
            }
        }

        return ToJson(engine, result);
    }

    /// <summary>
    /// <c>get&lt;Name&gt;()</c> and <c>set&lt;Name&gt;(v)</c> for each variable whose name is a JavaScript
    /// identifier, with the name as written and with its first letter in capitals (Elsa's spelling).
    /// </summary>
    private Prepared<Script> Accessors(JsonObject variables)
    {
        var names = variables.Select(v => v.Key).Where(n => Identifier().IsMatch(n)).Order(StringComparer.Ordinal).ToList();
        return accessors.GetOrAdd(string.Join(',', names), static (_, names) =>
        {
            var script = new StringBuilder();
            foreach (var name in names)
            {
                foreach (var suffix in new[] { name, char.ToUpperInvariant(name[0]) + name[1..] }.Distinct(StringComparer.Ordinal))
                {
                    script.Append(CultureInfo.InvariantCulture, $"function get{suffix}(){{return variables['{name}'];}}function set{suffix}(v){{variables['{name}']=v;}}");
                }
            }

            return Engine.PrepareScript(script.ToString());
        }, names);
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return number == Math.Floor(number) && Math.Abs(number) < long.MaxValue
                ? JsonValue.Create((long)number)
                : JsonValue.Create(number);
        }

        if (value.IsDate())
        {
            return JsonValue.Create(value.AsDate().ToDateTime().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        engine.SetValue("__result", value);
        var json = engine.Evaluate("JSON.stringify(__result)");
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}
