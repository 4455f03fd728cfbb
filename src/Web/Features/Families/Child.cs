namespace DossierFamille.Web.Features.Families;

public sealed class Child
{
    public int Id { get; set; }

    public int FamilyId { get; set; }

    public Family? Family { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly BirthDate { get; set; }

    public List<Enrolment> Enrolments { get; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
