using System.Globalization;
using DossierFamille.Web.Features.Families;

namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The booking emails in the manuals' text layout ("--> Activité : APS MATIN :", then one line per
/// child with its days "lun. 15/05, mar. 16/05"), sent as <see cref="Emails.BookingTextEmail"/>.
/// </summary>
internal static class BookingMailText
{
    public const string Closing = "Vous pouvez consulter l'état de vos réservations sur notre site Internet.";
    private const string ChildIndent = "         ";

    /// <summary>"M. DUPONT Jean-Paul", "Mme DUPONT Marie", or the name alone for another quality.</summary>
    public static string Greeting(Responsable responsable)
    {
        ArgumentNullException.ThrowIfNull(responsable);
        var civility = responsable.Quality switch
        {
            ResponsableQuality.Pere => "M. ",
            ResponsableQuality.Mere => "Mme ",
            _ => string.Empty,
        };
        return $"{civility}{responsable.LastName.ToUpper(CultureInfo.GetCultureInfo("fr-FR"))} {responsable.FirstName}";
    }

    /// <summary>"DUPONT Amalia".</summary>
    public static string ChildName(string firstName, string lastName) => $"{lastName.ToUpper(CultureInfo.GetCultureInfo("fr-FR"))} {firstName}";

    /// <summary>The lines of one section: activities by name, their children by name, days in order (and the reason of a refusal).</summary>
    public static IEnumerable<string> ActivityLines(IEnumerable<BookingMovementLine> lines)
    {
        foreach (var activity in lines.GroupBy(l => l.Activity).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return $"--> Activité : {activity.Key} :";
            foreach (var child in activity.GroupBy(l => (l.Child, l.Reason)).OrderBy(g => g.Key.Child, StringComparer.Ordinal).ThenBy(g => g.Min(l => l.Day)))
            {
                var days = string.Join(", ", child.Select(l => l.Day).Distinct().Order().Select(BookingFormat.Short));
                yield return child.Key.Reason is null ? $"{ChildIndent}{child.Key.Child} : {days}" : $"{ChildIndent}{child.Key.Child} : {days} – motif : {child.Key.Reason}";
            }
        }
    }
}
