namespace DossierFamille.Web.Features.Reglements;

/// <summary>
/// One child × structure règlement to read and sign. <see cref="IsSigned"/> is the child's state,
/// shared by the parents; <see cref="Signature"/> (name, place, IP address, receipt) only when the
/// account reaches it (<see cref="Families.AccountScope.Owns"/>).
/// </summary>
public sealed record ReglementSheet(int ChildId, string ChildName, int StructureId, string StructureName, Reglement? Current, ReglementSignature? Signature, bool IsSigned);
