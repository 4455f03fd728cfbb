namespace DossierFamille.Web.Features.Children;

public enum ChildRequestKind
{
    /// <summary>A change of a child's name, birth date, school or class.</summary>
    Modification,

    /// <summary>A child the mairie does not know yet.</summary>
    NouvelEnfant,
}

public static class ChildRequestKindLabels
{
    /// <summary>The kind as parents and gestionnaires read it.</summary>
    public static string Label(this ChildRequestKind kind) => kind == ChildRequestKind.NouvelEnfant ? "Nouvel enfant" : "Modification";
}
