using System.Collections.Concurrent;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Workflows.Definitions;

/// <summary>Indexes a definition for execution; compiled published versions are cached (they never change).</summary>
internal sealed class WorkflowCompiler(ActivityRegistry registry)
{
    private readonly ConcurrentDictionary<Guid, CompiledWorkflow> cache = new();

    public CompiledWorkflow GetOrCompile(Guid versionId, Func<WorkflowDefinitionModel> load) =>
        cache.TryGetValue(versionId, out var compiled) ? compiled : cache.GetOrAdd(versionId, Compile(versionId, load()));

    public CompiledWorkflow? TryGet(Guid versionId) => cache.GetValueOrDefault(versionId);

    public CompiledWorkflow Compile(Guid versionId, WorkflowDefinitionModel model)
    {
        var activities = new Dictionary<string, CompiledActivity>(StringComparer.Ordinal);
        foreach (var activity in model.Root.Activities)
        {
            var type = registry.Find(activity.Type)
                ?? throw new WorkflowDefinitionException($"Activité '{activity.Id}' : type inconnu '{activity.Type}'.");
            activities[activity.Id] = new CompiledActivity(activity, type);
        }

        var outgoing = new Dictionary<(string, string), List<string>>();
        var inbound = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var connection in model.Root.Connections)
        {
            var key = (connection.Source.Activity, connection.Source.Port);
            if (!outgoing.TryGetValue(key, out var targets))
            {
                outgoing[key] = targets = [];
            }

            targets.Add(connection.Target.Activity);
            if (!inbound.TryGetValue(connection.Target.Activity, out var sources))
            {
                inbound[connection.Target.Activity] = sources = [];
            }

            if (!sources.Contains(connection.Source.Activity))
            {
                sources.Add(connection.Source.Activity);
            }
        }

        var ancestors = activities.Values
            .Where(a => a.Type.ClrType == typeof(Activities.BuiltIn.JoinActivity))
            .ToDictionary(a => a.Model.Id, a => (IReadOnlySet<string>)Ancestors(a.Model.Id, inbound), StringComparer.Ordinal);

        return new CompiledWorkflow
        {
            VersionId = versionId,
            Model = model,
            Activities = activities,
            Outgoing = outgoing.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            InboundSources = inbound.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            Ancestors = ancestors,
            Roots = StartActivities(activities.Values, inbound),
        };
    }

    /// <summary>Start activities when there are some, else the trigger activities without inbound connections.</summary>
    public static IReadOnlyList<string> StartActivities(IEnumerable<CompiledActivity> activities, IReadOnlyDictionary<string, List<string>> inbound)
    {
        var roots = activities.Where(a => !inbound.ContainsKey(a.Model.Id)).ToList();
        var starts = roots.Where(a => a.Type.ClrType == typeof(Activities.BuiltIn.StartActivity)).ToList();
        return [.. (starts.Count > 0 ? starts : roots.Where(a => a.Type.Descriptor.IsTrigger)).Select(a => a.Model.Id)];
    }

    private static HashSet<string> Ancestors(string id, Dictionary<string, List<string>> inbound)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.TryPop(out var current))
        {
            foreach (var source in inbound.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(source))
                {
                    stack.Push(source);
                }
            }
        }

        seen.Remove(id);
        return seen;
    }
}
