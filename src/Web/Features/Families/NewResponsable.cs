namespace DossierFamille.Web.Features.Families;

/// <summary>A responsable and the identifiant of their login; the temporary password is generated unless given.</summary>
public sealed record NewResponsable(ResponsableQuality Quality, string FirstName, string LastName, string? Email, string UserName, string? Password = null);
