using System.Text.Json.Nodes;
using DossierFamille.Workflows.Activities;
using DossierFamille.Workflows.Activities.BuiltIn;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Scripting;

namespace DossierFamille.Workflows.Definitions;

/// <summary>Checks a definition before publishing; every error names its activity (French messages for the admin).</summary>
internal sealed class WorkflowValidator(ActivityRegistry registry)
{
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinitionModel model)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(model.DefinitionId))
        {
            errors.Add(new ValidationError(null, "definition.id", "L'identifiant de la définition est obligatoire."));
        }

        ValidateVariables(model, errors);
        var variables = VariableNames(model);
        var activities = new Dictionary<string, CompiledActivity>(StringComparer.Ordinal);
        foreach (var activity in model.Root.Activities)
        {
            if (string.IsNullOrWhiteSpace(activity.Id) || activities.ContainsKey(activity.Id))
            {
                errors.Add(new ValidationError(activity.Id, "activity.id", $"Identifiant d'activité vide ou en double : '{activity.Id}'."));
                continue;
            }

            if (registry.Find(activity.Type) is not { } type)
            {
                errors.Add(new ValidationError(activity.Id, "activity.type", $"Activité '{activity.Id}' : type inconnu '{activity.Type}'."));
                continue;
            }

            activities[activity.Id] = new CompiledActivity(activity, type);
            ValidateInputs(activity, type, variables, errors);
        }

        var inbound = ValidateConnections(model, activities, errors);
        ValidateOutcomes(model, activities, errors);
        ValidateReachability(activities, inbound, errors);
        return errors;
    }

    private static void ValidateVariables(WorkflowDefinitionModel model, List<ValidationError> errors)
    {
        foreach (var variable in model.Variables)
        {
            VariableTypes.Convert(variable.Value, variable.Type, out var mismatch);
            if (mismatch)
            {
                errors.Add(new ValidationError(null, "variable.type", $"Variable « {variable.Name} » : la valeur « {variable.Value} » n'est pas du type {variable.Type}."));
            }
        }
    }

    /// <summary>The workflow's variables: declared, or named by an activity's variable input (SetVariable, a ResultVariable).</summary>
    private HashSet<string> VariableNames(WorkflowDefinitionModel model)
    {
        var names = model.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var activity in model.Root.Activities)
        {
            foreach (var input in registry.Find(activity.Type)?.Descriptor.Inputs.Where(i => i.Kind == InputKinds.Variable) ?? [])
            {
                if (activity.Inputs.TryGetValue(input.Name, out var expression)
                    && !string.Equals(expression.Type, ExpressionModel.JavaScript, StringComparison.OrdinalIgnoreCase)
                    && expression.LiteralText is { Length: > 0 } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static void ValidateInputs(ActivityModel activity, ActivityType type, IReadOnlySet<string> variables, List<ValidationError> errors)
    {
        foreach (var input in type.Descriptor.Inputs)
        {
            activity.Inputs.TryGetValue(input.Name, out var expression);
            var text = expression?.LiteralText;
            if (input.Required && string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new ValidationError(activity.Id, "input.required", $"Activité '{activity.Id}' : l'entrée « {input.Label} » ({input.Name}) est obligatoire."));
                continue;
            }

            if (expression is null || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (string.Equals(expression.Type, ExpressionModel.JavaScript, StringComparison.OrdinalIgnoreCase))
            {
                AddScriptError(activity.Id, input.Name, text, variables, errors);
            }
            else if (!string.Equals(expression.Type, ExpressionModel.Literal, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new ValidationError(activity.Id, "input.syntax", $"Activité '{activity.Id}' : l'entrée {input.Name} a un type d'expression inconnu '{expression.Type}' (Literal ou JavaScript)."));
            }
            else
            {
                ValidateLiteral(activity.Id, input, text, errors);
            }
        }

        if (type.ClrType == typeof(SwitchActivity))
        {
            foreach (var (name, condition) in SwitchActivity.Cases(activity))
            {
                AddScriptError(activity.Id, "Cases/" + name, condition, variables, errors);
            }
        }
    }

    private static void ValidateLiteral(string activityId, InputDescriptor input, string text, List<ValidationError> errors)
    {
        try
        {
            _ = input.Kind switch
            {
                InputKinds.Duration => InputConverter.ParseDuration(text),
                InputKinds.Cron => TimerActivity.Parse(text),
                InputKinds.Date => InputConverter.Convert<DateTime>(JsonValue.Create(text)),
                _ => (object?)null,
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or Cronos.CronFormatException)
        {
            errors.Add(new ValidationError(activityId, "input.format", $"Activité '{activityId}' : la valeur « {text} » de l'entrée {input.Name} est invalide ({ex.Message})."));
        }
    }

    private static void AddScriptError(string activityId, string input, string script, IReadOnlySet<string> variables, List<ValidationError> errors)
    {
        if (ScriptEvaluator.CompileError(script) is { } error)
        {
            errors.Add(new ValidationError(activityId, "input.script", $"Activité '{activityId}' : l'expression JavaScript de {input} ne compile pas : {error}"));
            return;
        }

        foreach (var function in ScriptFunctions.Unknown(script, variables))
        {
            errors.Add(new ValidationError(activityId, "input.function", ScriptFunctions.AccessedVariable(function) is { } variable
                ? $"Activité '{activityId}' : l'expression JavaScript de {input} appelle {function}(), mais le workflow n'a pas de variable « {variable} » : déclarez-la dans ses variables, ou corrigez le nom."
                : $"Activité '{activityId}' : l'expression JavaScript de {input} appelle la fonction inconnue {function}() : seules existent les fonctions JavaScript standard, getVariable(nom) / setVariable(nom, valeur) et get<Nom>() / set<Nom>(valeur) pour chaque variable du workflow."));
        }
    }

    private static Dictionary<string, List<string>> ValidateConnections(WorkflowDefinitionModel model, Dictionary<string, CompiledActivity> activities, List<ValidationError> errors)
    {
        var inbound = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var connection in model.Root.Connections)
        {
            var source = connection.Source?.Activity ?? "";
            var target = connection.Target?.Activity ?? "";
            if (!activities.ContainsKey(source) || !activities.ContainsKey(target))
            {
                var missing = activities.ContainsKey(source) ? target : source;
                errors.Add(new ValidationError(missing, "connection.activity", $"Connexion {source} → {target} : l'activité '{missing}' n'existe pas."));
                continue;
            }

            if (!inbound.TryGetValue(target, out var sources))
            {
                inbound[target] = sources = [];
            }

            sources.Add(source);
        }

        return inbound;
    }

    private static void ValidateOutcomes(WorkflowDefinitionModel model, Dictionary<string, CompiledActivity> activities, List<ValidationError> errors)
    {
        var used = model.Root.Connections.Select(c => (c.Source?.Activity ?? "", c.Source?.Port ?? "")).ToHashSet();
        foreach (var activity in activities.Values)
        {
            var outcomes = activity.Type.Outcomes(activity.Model);
            var connected = outcomes.Any(o => used.Contains((activity.Model.Id, o)));
            foreach (var outcome in outcomes.Where(o => connected && !used.Contains((activity.Model.Id, o))))
            {
                if (activity.Type.ClrType == typeof(SwitchActivity) && outcome == "Default")
                {
                    continue;
                }

                errors.Add(new ValidationError(activity.Model.Id, "outcome.unconnected", $"Activité '{activity.Model.Id}' : la sortie « {outcome} » n'est reliée à rien."));
            }

            foreach (var port in used.Where(u => u.Item1 == activity.Model.Id && !outcomes.Contains(u.Item2)).Select(u => u.Item2))
            {
                errors.Add(new ValidationError(activity.Model.Id, "outcome.unknown", $"Activité '{activity.Model.Id}' : la sortie « {port} » n'existe pas (sorties : {string.Join(", ", outcomes)})."));
            }
        }
    }

    private static void ValidateReachability(Dictionary<string, CompiledActivity> activities, Dictionary<string, List<string>> inbound, List<ValidationError> errors)
    {
        var roots = WorkflowCompiler.StartActivities(activities.Values, inbound);
        var triggers = activities.Values.Where(a => !inbound.ContainsKey(a.Model.Id) && a.Type.Descriptor.IsTrigger).Select(a => a.Model.Id);
        var starts = roots.Concat(triggers).Distinct().ToList();
        if (starts.Count == 0)
        {
            errors.Add(new ValidationError(null, "start.missing", "Aucun point de départ : ajoutez une activité « Début » ou un déclencheur (signal, minuteur) sans connexion entrante."));
            return;
        }

        var outgoing = inbound.SelectMany(p => p.Value.Select(s => (Source: s, Target: p.Key))).ToLookup(e => e.Source, e => e.Target);
        var reached = new HashSet<string>(starts, StringComparer.Ordinal);
        var stack = new Stack<string>(starts);
        while (stack.TryPop(out var current))
        {
            foreach (var next in outgoing[current].Where(reached.Add))
            {
                stack.Push(next);
            }
        }

        foreach (var id in activities.Keys.Where(id => !reached.Contains(id)))
        {
            errors.Add(new ValidationError(id, "activity.unreachable", $"Activité '{id}' : inaccessible depuis le point de départ."));
        }
    }
}
