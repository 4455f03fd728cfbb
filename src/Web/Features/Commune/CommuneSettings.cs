namespace DossierFamille.Web.Features.Commune;

/// <summary>The single row describing the commune that runs the portal.</summary>
public sealed class CommuneSettings
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string ContactEmail { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }
}
