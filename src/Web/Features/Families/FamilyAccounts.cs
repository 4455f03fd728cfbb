using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Families;

/// <summary>Creates family accounts as the mairie does: all of them or none.</summary>
public sealed class FamilyAccounts(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    /// <summary>Creates the families in one transaction; on the first error nothing is kept.</summary>
    public async Task<FamilyAccountsResult> CreateAsync(IReadOnlyList<NewFamily> families, bool mustChangePassword, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var issued = new List<IssuedCredential>();
            foreach (var family in families)
            {
                var error = await CreateOneAsync(family, mustChangePassword, issued, cancellationToken);
                if (error is not null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return FamilyAccountsResult.Failure(error);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return FamilyAccountsResult.Success(issued);
        });
    }

    private async Task<string?> CreateOneAsync(NewFamily request, bool mustChangePassword, List<IssuedCredential> issued, CancellationToken cancellationToken)
    {
        if (await db.Families.AnyAsync(f => f.Reference == request.Reference, cancellationToken))
        {
            return $"La famille {request.Reference} existe déjà.";
        }

        var family = new Family { Reference = request.Reference, Name = request.Name, ParentsSeparated = request.ParentsSeparated, CreatedAt = time.GetUtcNow() };
        db.Families.Add(family);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var person in request.Responsables)
        {
            var password = person.Password ?? TemporaryPassword.Generate();
            var user = new AppUser
            {
                UserName = person.UserName,
                DisplayName = $"{person.FirstName} {person.LastName}",
                Email = EmailAddresses.Split(person.Email).FirstOrDefault(),
                EmailConfirmed = true,
                FamilyId = family.Id,
                MustChangePassword = mustChangePassword,
            };
            var created = await users.CreateAsync(user, password);
            created = created.Succeeded ? await users.AddToRoleAsync(user, Roles.Parent) : created;
            if (!created.Succeeded)
            {
                return $"{request.Reference} – {person.UserName} : {string.Join(" ", created.Errors.Select(e => e.Description))}";
            }

            db.Responsables.Add(new Responsable
            {
                FamilyId = family.Id,
                Quality = person.Quality,
                FirstName = person.FirstName,
                LastName = person.LastName,
                Email = person.Email,
                UserId = user.Id,
            });
            issued.Add(new IssuedCredential(request.Reference, user.DisplayName, person.UserName, password));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
