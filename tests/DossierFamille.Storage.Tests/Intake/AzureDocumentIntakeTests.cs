namespace DossierFamille.Storage.Tests.Intake;

public sealed class AzureDocumentIntakeTests() : DocumentIntakeContract(azure: true);
