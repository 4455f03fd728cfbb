namespace DossierFamille.Workflows; internal sealed class Placeholder;
