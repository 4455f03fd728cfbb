using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Scripting;

namespace DossierFamille.Workflows.Activities;

/// <summary>
/// Everything an activity may use while it runs: its inputs (evaluated on demand), the
/// workflow variables, the resume payload, and the step's scoped services — including the
/// host's DbContext, whose changes the engine saves in the step's transaction.
/// </summary>
public sealed class ActivityExecutionContext
{
    private readonly WorkflowExecution execution;
    private readonly ScriptEvaluator scripts;

    internal ActivityExecutionContext(WorkflowExecution execution, ActivityModel activity, ScriptEvaluator scripts, TimeProvider timeProvider)
    {
        this.execution = execution;
        this.scripts = scripts;
        Activity = activity;
        TimeProvider = timeProvider;
    }

    public ActivityModel Activity { get; }

    internal WorkflowExecution Execution => execution;

    public string ActivityId => Activity.Id;

    public Guid InstanceId => execution.InstanceId;

    public string? CorrelationId => execution.CorrelationId;

    public string DefinitionId => execution.Workflow.Model.DefinitionId;

    public IServiceProvider Services => execution.Services;

    public TimeProvider TimeProvider { get; }

    public CancellationToken CancellationToken => execution.CancellationToken;

    /// <summary>The input the instance was started with.</summary>
    public JsonNode? WorkflowInput => execution.State.Input;

    /// <summary>True when this activity is the trigger that started the instance.</summary>
    public bool IsTriggered { get; internal init; }

    /// <summary>The stimulus payload when resumed (signal payload, task result, timer) or the trigger payload.</summary>
    public JsonNode? ResumePayload { get; internal init; }

    /// <summary>The payload stored on the bookmark being resumed.</summary>
    public JsonNode? BookmarkPayload { get; internal init; }

    public DateTime UtcNow => TimeProvider.GetUtcNow().UtcDateTime;

    public bool HasInput(string name) => Activity.Inputs.ContainsKey(name);

    /// <summary>Evaluates an input (Literal or JavaScript); null when absent.</summary>
    public JsonNode? EvaluateInput(string name, IReadOnlyDictionary<string, JsonNode?>? extra = null)
    {
        if (!Activity.Inputs.TryGetValue(name, out var expression))
        {
            return null;
        }

        return Evaluate(expression, extra);
    }

    public T? GetInput<T>(string name) => InputConverter.Convert<T>(EvaluateInput(name));

    public string GetRequiredText(string name) =>
        GetInput<string>(name) is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"L'entrée obligatoire '{name}' de l'activité '{ActivityId}' est vide.");

    /// <summary>
    /// Evaluates an HTML template input (e.g. an email body). Its script sees every string of
    /// <c>variables</c>, <c>input</c> and <c>correlationId</c> HTML-encoded, so that whatever people
    /// typed is inserted as text; trusted HTML is read as is from <c>raw.variables</c> and
    /// <c>raw.input</c>. What the script writes into variables is discarded.
    /// </summary>
    public string GetRequiredHtml(string name)
    {
        if (!Activity.Inputs.TryGetValue(name, out var expression) || !string.Equals(expression.Type, ExpressionModel.JavaScript, StringComparison.OrdinalIgnoreCase))
        {
            return GetRequiredText(name);
        }

        var state = execution.State;
        var encoded = (JsonObject)HtmlEncodedValues.Copy(state.Variables)!;
        var raw = new JsonObject { ["variables"] = state.Variables.DeepClone(), ["input"] = state.Input?.DeepClone() };
        var scope = new ScriptScope(encoded, HtmlEncodedValues.Copy(state.Input), CorrelationId is null ? null : HtmlEncodedValues.Encode(CorrelationId), InstanceId)
        {
            Extra = new Dictionary<string, JsonNode?> { ["raw"] = raw },
        };
        return InputConverter.Convert<string>(scripts.Evaluate(expression.LiteralText ?? "", scope, CancellationToken)) is { Length: > 0 } html
            ? html
            : throw new InvalidOperationException($"L'entrée obligatoire '{name}' de l'activité '{ActivityId}' est vide.");
    }

    public JsonNode? Evaluate(ExpressionModel expression, IReadOnlyDictionary<string, JsonNode?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (!string.Equals(expression.Type, ExpressionModel.JavaScript, StringComparison.OrdinalIgnoreCase))
        {
            return expression.Value;
        }

        var script = expression.LiteralText ?? "";
        var scope = new ScriptScope(execution.State.Variables, execution.State.Input, CorrelationId, InstanceId) { Extra = extra };
        return scripts.Evaluate(script, scope, CancellationToken);
    }

    public JsonNode? GetVariable(string name) => execution.State.Variables[name];

    /// <summary>
    /// Sets a variable, in its declared type when it has one (the text "5" into an Int32 variable is the number 5),
    /// unless the instance's variables would then be larger than they may be (<see cref="ScriptLimitException"/>, nothing changed).
    /// </summary>
    public void SetVariable(string name, JsonNode? value)
    {
        var variables = execution.State.Variables;
        var existed = variables.TryGetPropertyValue(name, out var previous);
        var declared = execution.Workflow.Model.Variables.FirstOrDefault(v => v.Name == name)?.Type;
        variables[name] = VariableTypes.Convert(value, declared, out _);
        try
        {
            scripts.CheckVariables(variables);
        }
        catch (ScriptLimitException)
        {
            if (existed)
            {
                variables[name] = previous;
            }
            else
            {
                variables.Remove(name);
            }

            throw;
        }
    }

    /// <summary>
    /// Sends a signal as part of this step: when the step commits, and in its transaction, the
    /// bookmarks waiting for (<paramref name="name"/>, <paramref name="correlationId"/>) are resumed,
    /// the definitions it triggers are started, or else it is queued for a bookmark to come. Nothing
    /// is sent if the activity faults or the step does not commit.
    /// </summary>
    public void SendSignal(string name, string? correlationId, JsonNode? payload = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        execution.Effects.Signals.Add(new SignalRecord(name, correlationId, payload?.DeepClone()));
    }
}
