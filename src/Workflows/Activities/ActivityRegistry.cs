using System.Reflection;

namespace DossierFamille.Workflows.Activities;

/// <summary>All activity types known to the engine, by type name.</summary>
internal sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityType> types = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<ActivityRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            var descriptor = Describe(registration.ClrType);
            var shared = registration.ClrType.Namespace == typeof(BuiltIn.StartActivity).Namespace
                ? (WorkflowActivity)Activator.CreateInstance(registration.ClrType)!
                : null;
            types[descriptor.Type] = new ActivityType(registration.ClrType, descriptor, shared);
        }
    }

    public IEnumerable<ActivityDescriptor> Descriptors => types.Values.Select(t => t.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.DisplayName, StringComparer.Ordinal);

    public ActivityType? Find(string type) => types.GetValueOrDefault(type);

    public static ActivityDescriptor Describe(Type clrType)
    {
        var activity = clrType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{clrType.Name} needs an [Activity] attribute.");
        var inputs = clrType.GetCustomAttributes<ActivityInputAttribute>()
            .Select(i => new InputDescriptor(i.Name, i.Label, i.Kind, i.Required, i.Description))
            .ToArray();
        var outcomes = clrType.GetCustomAttribute<ActivityOutcomesAttribute>()?.Outcomes ?? ["Done"];
        return new ActivityDescriptor(activity.Type, activity.DisplayName, activity.Category, activity.Description, activity.IsTrigger, inputs, outcomes);
    }
}
