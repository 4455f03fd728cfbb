namespace DossierFamille.Benchmarks.Rush;

/// <summary>The rush's school: each family's elder child books the canteen, the younger one the morning APS, both in immediate mode.</summary>
internal sealed record RushSchool(int StructureId, int Restauration, int ApsMatin, IReadOnlyList<RushFamily> Families);

internal sealed record RushFamily(string UserName, int Elder, int Younger);
