using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Management;

public sealed record PublishResult(bool Published, int? Version, IReadOnlyList<ValidationError> Errors);
