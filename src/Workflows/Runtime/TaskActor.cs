namespace DossierFamille.Workflows.Runtime;

/// <summary>The person acting on a human task and the roles the host granted them (their role claims).</summary>
public sealed record TaskActor
{
    public TaskActor(string user, IReadOnlyCollection<string> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentNullException.ThrowIfNull(roles);
        User = user;
        Roles = roles;
    }

    public string User { get; }

    public IReadOnlyCollection<string> Roles { get; }
}
