namespace DossierFamille.Web.Features.Designer;

/// <summary>
/// Addresses of the designer (admins) and the instance viewer (gestionnaires and admins). Other features link with
/// these: a family page to <see cref="FamilyInstances"/>, a review page to <see cref="Instance"/>.
/// </summary>
public static class DesignerPaths
{
    public const string Workflows = "/admin/workflows";

    public const string Instances = "/workflows/instances";

    public static string Designer(string definitionId) => $"{Workflows}/{Uri.EscapeDataString(definitionId)}";

    public static string Instance(Guid instanceId) => $"{Instances}/{instanceId}";

    public static string InstancesOf(string definitionId) => $"{Instances}?definition={Uri.EscapeDataString(definitionId)}";

    public static string InstancesCorrelatedWith(string correlationId) => $"{Instances}?correlation={Uri.EscapeDataString(correlationId)}";

    /// <summary>The family's workflow instances; opens the instance directly when the family has only one.</summary>
    public static string FamilyInstances(int familyId) => $"{Instances}?famille={familyId}&ouvrir=true";
}
