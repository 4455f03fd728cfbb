using DossierFamille.Web.Features.Commune;

namespace DossierFamille.Web.Features.Home;

/// <summary>The family's own structures, and the one being viewed (null: all of them).</summary>
internal sealed record StructureChoice(IReadOnlyList<Structure> Structures, int? SelectedId)
{
    public static StructureChoice None { get; } = new([], null);

    public bool Includes(int structureId) => SelectedId is null || SelectedId == structureId;
}
