namespace DossierFamille.Storage.Tests.Intake;

public sealed class LocalFolderDocumentIntakeTests() : DocumentIntakeContract(azure: false);
