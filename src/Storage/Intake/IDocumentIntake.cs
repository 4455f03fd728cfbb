namespace DossierFamille.Storage.Intake;

/// <summary>
/// Checks uploaded files against a piece's limits and stores the good ones. Returns one result per
/// file, in order; a refused file leaves nothing stored and does not affect the others.
/// </summary>
public interface IDocumentIntake
{
    Task<IReadOnlyList<IntakeResult>> ProcessAsync(IntakeRequest request, CancellationToken cancellationToken = default);
}
