namespace DossierFamille.Storage; internal sealed class Placeholder;
