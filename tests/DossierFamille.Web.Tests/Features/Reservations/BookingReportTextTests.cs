using DossierFamille.Web.Features.Families;
using DossierFamille.Web.Features.Reservations;

namespace DossierFamille.Web.Tests.Features.Reservations;

/// <summary>The next-morning report's text, whole, against the manuals' example.</summary>
public sealed class BookingReportTextTests
{
    private const string Manual = """
        M. DUPONT Jean-Paul

        Veuillez trouver ci-dessous un compte rendu des modifications apportées à vos demandes de réservation sur la structure : Mairie de CarteVille.

        14 mouvements sur vos demandes de réservations ont été reçus, dont :
               - 11 nouvelles demandes de réservation
               - 3 demandes d'annulation

        ****************     RESERVATIONS MISES EN LISTE D'ATTENTE     ****************
        --> Activité : APS MATIN :
                 DUPONT Amalia : lun. 15/05, mar. 16/05

        ****************     RESERVATIONS ACCEPTEES     ****************
        --> Activité : APS MATIN :
                 DUPONT Paolo : mar. 09/05, mer. 10/05, jeu. 11/05, ven. 12/05

        ****************     RESERVATIONS ANNULEES     ****************
        --> Activité : APS MATIN :
                 DUPONT Amalia : ven. 05/05, mar. 09/05
        --> Activité : RESTAURATION :
                 DUPONT Paolo : ven. 05/05
        Vous pouvez consulter l'état de vos réservations sur notre site Internet.
        """;

    private static BookingMovementLine Line(string activity, string child, int month, int day, string? reason = null) => new(activity, child, new DateOnly(2023, month, day), reason);

    [Fact]
    public void The_report_of_the_manuals_example_is_written_exactly_as_the_manual_prints_it()
    {
        var greeting = BookingMailText.Greeting(new Responsable { Quality = ResponsableQuality.Pere, FirstName = "Jean-Paul", LastName = "Dupont" });
        var sections = new Dictionary<BookingReportSection, IReadOnlyList<BookingMovementLine>>
        {
            // Given in another order than printed: the report sorts sections, activities, children and days.
            [BookingReportSection.Annulees] = [Line("RESTAURATION", "DUPONT Paolo", 5, 5), Line("APS MATIN", "DUPONT Amalia", 5, 9), Line("APS MATIN", "DUPONT Amalia", 5, 5)],
            [BookingReportSection.Acceptees] = [Line("APS MATIN", "DUPONT Paolo", 5, 12), Line("APS MATIN", "DUPONT Paolo", 5, 9), Line("APS MATIN", "DUPONT Paolo", 5, 11), Line("APS MATIN", "DUPONT Paolo", 5, 10)],
            [BookingReportSection.ListeAttente] = [Line("APS MATIN", "DUPONT Amalia", 5, 15), Line("APS MATIN", "DUPONT Amalia", 5, 16)],
        };

        var text = BookingReportText.Compose(greeting, "Mairie de CarteVille", reservations: 11, cancellations: 3, sections);

        Assert.Equal(Manual.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Refusals_come_last_with_their_reason_and_one_movement_is_written_in_the_singular()
    {
        var greeting = BookingMailText.Greeting(new Responsable { Quality = ResponsableQuality.Mere, FirstName = "Marie", LastName = "Dupont" });
        var sections = new Dictionary<BookingReportSection, IReadOnlyList<BookingMovementLine>>
        {
            [BookingReportSection.Refusees] = [Line("APS MATIN", "DUPONT Amalia", 5, 15, "Fermé : Grève."), Line("APS MATIN", "DUPONT Amalia", 5, 16, "Fermé : Grève.")],
        };

        var text = BookingReportText.Compose(greeting, "Mairie de CarteVille", reservations: 1, cancellations: 0, sections);

        Assert.Equal(
            "Mme DUPONT Marie\n\n"
            + "Veuillez trouver ci-dessous un compte rendu des modifications apportées à vos demandes de réservation sur la structure : Mairie de CarteVille.\n\n"
            + "1 mouvement sur vos demandes de réservations a été reçu, dont :\n"
            + "       - 1 nouvelle demande de réservation\n"
            + "       - 0 demande d'annulation\n\n"
            + "****************     RESERVATIONS REFUSEES     ****************\n"
            + "--> Activité : APS MATIN :\n"
            + "         DUPONT Amalia : lun. 15/05, mar. 16/05 – motif : Fermé : Grève.\n"
            + "Vous pouvez consulter l'état de vos réservations sur notre site Internet.",
            text);
    }
}
