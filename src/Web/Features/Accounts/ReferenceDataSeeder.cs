using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Commune;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Accounts;

/// <summary>What every installation needs: the roles, the first RGPD and CGU texts, the commune row.</summary>
internal sealed class ReferenceDataSeeder(AppDbContext db, RoleManager<IdentityRole> roles, TimeProvider time) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (!await db.LegalTexts.AnyAsync(cancellationToken))
        {
            db.LegalTexts.AddRange(
                new LegalText { Kind = LegalTextKind.Rgpd, Version = 1, Title = "Protection de vos données personnelles (RGPD)", Body = LegalTextsV1.Rgpd, PublishedAt = time.GetUtcNow() },
                new LegalText { Kind = LegalTextKind.Cgu, Version = 1, Title = "Conditions générales d'utilisation du Portail Famille", Body = LegalTextsV1.Cgu, PublishedAt = time.GetUtcNow() });
        }

        if (!await db.Commune.AnyAsync(cancellationToken))
        {
            db.Commune.Add(new CommuneSettings { Name = "Mairie", ContactEmail = "enfance@mairie.example" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
