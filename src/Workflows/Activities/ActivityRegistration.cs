namespace DossierFamille.Workflows.Activities;

internal sealed record ActivityRegistration(Type ClrType);
