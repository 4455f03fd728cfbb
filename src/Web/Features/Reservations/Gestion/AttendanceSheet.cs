using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Reservations.Gestion;

/// <summary>The roll of one activity on one day: the children to mark, and those who may be added as present without booking.</summary>
internal sealed record AttendanceSheet(BookableActivity Activity, string Structure, DateOnly Day, bool CanMark, IReadOnlyList<AttendanceRow> Rows, IReadOnlyList<Child> Addable)
{
    public int Count(AttendanceStatus status) => Rows.Count(r => r.Status == status);

    public int Unmarked => Rows.Count(r => r.Status is null);
}
