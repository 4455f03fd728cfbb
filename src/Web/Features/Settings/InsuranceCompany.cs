namespace DossierFamille.Web.Features.Settings;

/// <summary>An insurance company parents pick from on the child's fiche.</summary>
public sealed class InsuranceCompany
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public bool IsActive { get; set; } = true;
}
