namespace DossierFamille.Web.Features.Reglements;

/// <summary>One child × structure règlement to read and sign, and its signature if already given.</summary>
public sealed record ReglementSheet(int ChildId, string ChildName, int StructureId, string StructureName, Reglement? Current, ReglementSignature? Signature);
