namespace DossierFamille.Web.Features.Children;

/// <summary>What the mairie holds about a child, as parents read it: school and class of the latest school year known.</summary>
public sealed record ChildDetails(int Id, string FirstName, string LastName, DateOnly BirthDate, int? SchoolId, string? School, string? SchoolClass)
{
    public string FullName => $"{FirstName} {LastName}";
}
