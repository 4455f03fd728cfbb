using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Features.Children.Emails;

/// <summary>Tells the parent who asked whether the mairie accepted their request about a child, with the motif of a refusal.</summary>
public sealed record ChildRequestDecisionEmail(string Name, string Child, ChildRequestKind Kind, string? Motif, string Url) : EmailModel<ChildRequestDecisionEmailTemplate>
{
    public bool Accepted => Motif is null;

    public string What => Kind == ChildRequestKind.NouvelEnfant ? $"la déclaration de {Child}" : $"les informations de {Child}";

    public override string Subject => Accepted ? $"Demande acceptée : {What}" : $"Demande refusée : {What}";
}
