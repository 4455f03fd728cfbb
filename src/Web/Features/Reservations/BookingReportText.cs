namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The next-morning report's text, exactly in the manuals' layout: greeting, the structure, the
/// movements received, then a section per final state that has lines, each framed by 16 asterisks.
/// </summary>
internal static class BookingReportText
{
    private const string Stars = "****************";

    public static string Compose(string greeting, string structure, int reservations, int cancellations, IReadOnlyDictionary<BookingReportSection, IReadOnlyList<BookingMovementLine>> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var lines = new List<string>
        {
            greeting,
            string.Empty,
            $"Veuillez trouver ci-dessous un compte rendu des modifications apportées à vos demandes de réservation sur la structure : {structure}.",
            string.Empty,
        };
        var received = reservations + cancellations;
        if (received > 0)
        {
            lines.Add(received == 1
                ? "1 mouvement sur vos demandes de réservations a été reçu, dont :"
                : $"{received} mouvements sur vos demandes de réservations ont été reçus, dont :");
            lines.Add($"       - {reservations} {(reservations > 1 ? "nouvelles demandes" : "nouvelle demande")} de réservation");
            lines.Add($"       - {cancellations} {(cancellations > 1 ? "demandes" : "demande")} d'annulation");
            lines.Add(string.Empty);
        }

        var blocks = Enum.GetValues<BookingReportSection>()
            .Where(s => sections.TryGetValue(s, out var l) && l.Count > 0)
            .Select(s => string.Join('\n', BookingMailText.ActivityLines(sections[s]).Prepend($"{Stars}     {Title(s)}     {Stars}")));
        lines.Add(string.Join("\n\n", blocks));
        lines.Add(BookingMailText.Closing);
        return string.Join('\n', lines);
    }

    public static string Title(BookingReportSection section) => section switch
    {
        BookingReportSection.ListeAttente => "RESERVATIONS MISES EN LISTE D'ATTENTE",
        BookingReportSection.Acceptees => "RESERVATIONS ACCEPTEES",
        BookingReportSection.Annulees => "RESERVATIONS ANNULEES",
        _ => "RESERVATIONS REFUSEES",
    };
}
