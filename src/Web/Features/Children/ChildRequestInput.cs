using System.ComponentModel.DataAnnotations;

namespace DossierFamille.Web.Features.Children;

/// <summary>What a parent asks for a child: the details as they should be.</summary>
public sealed class ChildRequestInput
{
    public const int ClassLength = 40;
    public const int CommentLength = 1000;

    [Required(ErrorMessage = "Indiquez le prénom de l'enfant.")]
    [MaxLength(100, ErrorMessage = "Le prénom fait au plus 100 caractères.")]
    public string? FirstName { get; set; }

    [Required(ErrorMessage = "Indiquez le nom de l'enfant.")]
    [MaxLength(100, ErrorMessage = "Le nom fait au plus 100 caractères.")]
    public string? LastName { get; set; }

    [Required(ErrorMessage = "Indiquez la date de naissance de l'enfant.")]
    public DateOnly? BirthDate { get; set; }

    public int? SchoolId { get; set; }

    [MaxLength(ClassLength, ErrorMessage = "La classe fait au plus 40 caractères.")]
    public string? SchoolClass { get; set; }

    [MaxLength(CommentLength, ErrorMessage = "Le message fait au plus 1000 caractères.")]
    public string? Comment { get; set; }
}
