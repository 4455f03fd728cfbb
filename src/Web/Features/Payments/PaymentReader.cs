using DossierFamille.Web.Data;
using DossierFamille.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Features.Payments;

/// <summary>An account's own payments: a separated parent never reaches the other's (decision 9).</summary>
internal sealed class PaymentReader(AppDbContext db)
{
    public Task<PaymentOperation?> FindAsync(AccountScope scope, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var payments = scope.Owned(db.PaymentOperations, p => p.FamilyId, p => p.UserId);
        return (tracked ? payments : payments.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }
}
