using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Tests.Features.Families;

public sealed class FamilyCsvImportTests
{
    private const string Header = "reference;famille;parents_separes;qualite;prenom;nom;email;identifiant\n";

    [Fact]
    public void Lines_of_one_reference_make_one_family_with_its_responsables()
    {
        var result = Parse(Header
            + "F-100;DUPONT;OUI;MERE;Anne;Dupont;anne@test.example;anne.dupont\n"
            + "F-100;DUPONT;OUI;PERE;Luc;Martin;luc@test.example;luc.martin\n"
            + "F-101;NGUYEN;NON;PERE;Minh;Nguyen;minh@test.example;minh.nguyen\n");

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Families.Count);
        var dupont = result.Families.Single(f => f.Reference == "F-100");
        Assert.True(dupont.ParentsSeparated);
        Assert.Equal([ResponsableQuality.Mere, ResponsableQuality.Pere], dupont.Responsables.Select(r => r.Quality));
    }

    [Fact]
    public void Every_malformed_line_is_reported_and_no_family_is_returned()
    {
        var result = Parse(Header
            + "F-200;DURAND;NON;MERE;Julie;Durand;julie@test.example;julie.durand\n"
            + "F-201;LEROY;NON;TANTE;Paul;Leroy;paul@test.example;paul.leroy\n"
            + "F-202;SIMON;PEUTETRE;PERE;Eric;Simon;pas-une-adresse;eric.simon\n"
            + "F-203;COLIN;NON;MERE;Ines\n"
            + "F-204;ROUX;NON;MERE;Lina;Roux;lina@test.example;julie.durand\n");

        Assert.Empty(result.Families);
        Assert.Contains(result.Errors, e => e.StartsWith("Ligne 3 :", StringComparison.Ordinal) && e.Contains("qualité « TANTE » inconnue", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("Ligne 4 :", StringComparison.Ordinal) && e.Contains("OUI ou NON", StringComparison.Ordinal) && e.Contains("pas-une-adresse", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("Ligne 5 : 8 colonnes attendues", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("« julie.durand » apparaît plusieurs fois (lignes 2, 6)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_header_is_refused()
    {
        var result = Parse("nom;prenom\nDupont;Anne\n");

        Assert.Empty(result.Families);
        Assert.StartsWith("La première ligne doit être exactement", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    private static FamilyCsvParseResult Parse(string csv)
    {
        using var reader = new StringReader(csv);
        return FamilyCsvImport.Parse(reader);
    }
}
