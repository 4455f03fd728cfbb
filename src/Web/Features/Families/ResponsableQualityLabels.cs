namespace DossierFamille.Web.Features.Families;

public static class ResponsableQualityLabels
{
    /// <summary>"Mère", "Père", "Autre", as sentences and staff pages show it.</summary>
    public static string Label(this ResponsableQuality quality) => quality switch
    {
        ResponsableQuality.Mere => "Mère",
        ResponsableQuality.Pere => "Père",
        _ => "Autre",
    };
}
