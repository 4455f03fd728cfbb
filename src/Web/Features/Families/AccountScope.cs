using System.Linq.Expressions;
using DossierFamille.Web.Features.Dossier;

namespace DossierFamille.Web.Features.Families;

/// <summary>
/// What one signed-in account may reach: the portal's single privacy rule between the adults of a
/// family (DESIGN.md decision 9), used by every page and endpoint that takes an id. Get it from
/// <see cref="AccountScopes"/>; filter queries through it, never on the family id alone.
/// <list type="bullet">
/// <item>Staff (gestionnaire, admin) reach everything of every family.</item>
/// <item>A parent reaches their own family only. A couple shares everything. When the parents are
/// separated (<see cref="Family.ParentsSeparated"/>), what belongs to one account is that account's
/// alone: its fiche famille and pieces, the autres responsables it declared, its messages to the
/// mairie, its profile, its règlement signatures and receipts (and, next, its payments and
/// invoices: <see cref="Owned{T}"/>). What belongs to the children is shared: fiches enfant,
/// contacts, the children's dossier state (<see cref="InFamily{T}"/>).</item>
/// <item>The fiche famille of a responsable without an account stays shared: only the family's
/// accounts can fill it in.</item>
/// </list>
/// </summary>
public sealed class AccountScope
{
    /// <summary>The responsable a fiche belongs to (its own, or who declared it); null: the children's, shared.</summary>
    private static readonly Expression<Func<Fiche, int?>> FicheOwner = f => f.ResponsableId ?? f.DeclaredByResponsableId;
    private static readonly Func<Fiche, int?> FicheOwnerOf = FicheOwner.Compile();

    private readonly int[] _responsableIds;

    private AccountScope(bool isStaff, int familyId, string userId, int? responsableId, bool separated, int[] responsableIds)
    {
        IsStaff = isStaff;
        FamilyId = familyId;
        UserId = userId;
        ResponsableId = responsableId;
        IsSeparated = separated;
        _responsableIds = responsableIds;
    }

    public static AccountScope Staff { get; } = new(isStaff: true, 0, string.Empty, null, separated: false, []);

    /// <summary>An account with neither a family nor a staff role: reaches nothing (no family has id 0).</summary>
    public static AccountScope Nobody { get; } = new(isStaff: false, 0, string.Empty, null, separated: false, []);

    public bool IsStaff { get; }

    /// <summary>The parent's family (0 for staff).</summary>
    public int FamilyId { get; }

    /// <summary>The parent's account (empty for staff).</summary>
    public string UserId { get; }

    /// <summary>The parent's own responsable in the family, when the mairie linked the account to one.</summary>
    public int? ResponsableId { get; }

    /// <summary>The privacy split applies: the family's parents are separated.</summary>
    public bool IsSeparated { get; }

    /// <summary>
    /// A parent of <paramref name="family"/>'s scope; <paramref name="family"/> comes with its
    /// responsables (id and account are enough).
    /// </summary>
    public static AccountScope ForParent(Family family, string userId)
    {
        ArgumentNullException.ThrowIfNull(family);
        var own = family.Responsables.FirstOrDefault(r => r.UserId == userId)?.Id;
        var reachable = family.Responsables.Where(r => !family.ParentsSeparated || r.UserId == userId || r.UserId is null).Select(r => r.Id);
        return new(isStaff: false, family.Id, userId, own, family.ParentsSeparated, [.. reachable]);
    }

    /// <summary>Shared things of the family (children, contacts, structures' enrolments…).</summary>
    public IQueryable<T> InFamily<T>(IQueryable<T> source, Expression<Func<T, int>> familyId)
    {
        if (IsStaff)
        {
            return source;
        }

        var family = FamilyId;
        return Where(source, familyId, id => id == family);
    }

    /// <summary>Things one account owns (messages, signatures, payments…): its own alone when the parents are separated.</summary>
    public IQueryable<T> Owned<T>(IQueryable<T> source, Expression<Func<T, int>> familyId, Expression<Func<T, string>> ownerUserId)
    {
        source = InFamily(source, familyId);
        if (IsStaff || !IsSeparated)
        {
            return source;
        }

        var user = UserId;
        return Where(source, ownerUserId, id => id == user);
    }

    /// <summary>In memory, the same rule as <see cref="Owned{T}"/>.</summary>
    public bool Owns(int familyId, string ownerUserId) => IsStaff || (familyId == FamilyId && (!IsSeparated || ownerUserId == UserId));

    /// <summary>Fiches enfant are shared; a fiche famille or an autre responsable belongs to its responsable's account.</summary>
    public IQueryable<Fiche> Fiches(IQueryable<Fiche> fiches) =>
        IsStaff || !IsSeparated ? InFamily(fiches, f => f.FamilyId) : InFamily(fiches, f => f.FamilyId).Where(ReachesOwner());

    public IQueryable<FichePiece> Pieces(IQueryable<FichePiece> pieces)
    {
        if (IsStaff)
        {
            return pieces;
        }

        var family = FamilyId;
        Expression<Func<Fiche, bool>> inFamily = f => f.FamilyId == family;
        return Where(pieces, p => p.Fiche!, IsSeparated ? Combine(inFamily, ReachesOwner()) : inFamily);
    }

    /// <summary>In memory, the same rule as <see cref="Fiches"/>.</summary>
    public bool Reaches(Fiche fiche)
    {
        ArgumentNullException.ThrowIfNull(fiche);
        return IsStaff || (fiche.FamilyId == FamilyId && ReachesOwner(FicheOwnerOf(fiche)));
    }

    /// <summary>In memory, within the family: what belongs to <paramref name="ownerResponsableId"/> (null: the children's) is reachable.</summary>
    public bool ReachesOwner(int? ownerResponsableId) =>
        IsStaff || !IsSeparated || ownerResponsableId is not { } owner || _responsableIds.Contains(owner);

    /// <summary>For staff pages: the responsable whose account alone reaches the fiche (parents separated), or null when it is shared.</summary>
    public static Responsable? PrivateOwner(Family family, Fiche fiche)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(fiche);
        return family.ParentsSeparated && FicheOwnerOf(fiche) is { } owner ? family.Responsables.FirstOrDefault(r => r.Id == owner && r.UserId is not null) : null;
    }

    /// <summary>For staff pages: the responsable whose account alone reaches what <paramref name="userId"/> owns (parents separated), or null.</summary>
    public static Responsable? PrivateOwner(Family family, string userId)
    {
        ArgumentNullException.ThrowIfNull(family);
        return family.ParentsSeparated ? family.Responsables.FirstOrDefault(r => r.UserId == userId) : null;
    }

    /// <summary>The fiche's owner is none (shared) or one of the responsables this account reaches.</summary>
    private Expression<Func<Fiche, bool>> ReachesOwner()
    {
        var reachable = _responsableIds;
        return Combine(FicheOwner, owner => owner == null || reachable.Contains(owner.Value));
    }

    private static Expression<Func<T, bool>> Combine<T, TKey>(Expression<Func<T, TKey>> selector, Expression<Func<TKey, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(new Rebind(predicate.Parameters[0], selector.Body).Visit(predicate.Body), selector.Parameters);

    private static Expression<Func<T, bool>> Combine<T>(Expression<Func<T, bool>> first, Expression<Func<T, bool>> second) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(first.Body, new Rebind(second.Parameters[0], first.Parameters[0]).Visit(second.Body)), first.Parameters);

    private static IQueryable<T> Where<T, TKey>(IQueryable<T> source, Expression<Func<T, TKey>> selector, Expression<Func<TKey, bool>> predicate) =>
        source.Where(Combine(selector, predicate));

    /// <summary>Replaces a lambda's parameter by another expression, to compose selectors and predicates.</summary>
    private sealed class Rebind(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
