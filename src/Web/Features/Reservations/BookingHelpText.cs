namespace DossierFamille.Web.Features.Reservations;

/// <summary>
/// The text of the parents' « Aide » page, edited by the admin (one row; <see cref="Default"/> until then).
/// A line starting with "## " is a heading; a blank line separates paragraphs. The legend of the
/// colours follows it, drawn from the calendar's own states.
/// </summary>
public sealed class BookingHelpText
{
    public const int SingletonId = 1;
    public const int MaxLength = 8000;

    public int Id { get; set; } = SingletonId;

    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public const string Default = """
        ## Réserver
        Choisissez l'enfant (« Changer de membre ») et l'activité, puis cochez les jours voulus et choisissez « Ajouter au panier ». La flèche → à gauche d'une semaine, la flèche ↓ sous un jour de la semaine et le bouton ▦ du mois réservent tous les jours concernés si le premier jour modifiable n'est pas réservé, et les annulent tous sinon. Les jours qui ne peuvent pas changer sont laissés tels quels.

        Votre panier est gardé jusqu'à sa validation, même si vous fermez la page. « Valider » affiche le récapitulatif des réservations et des annulations ; rien n'est enregistré avant « Valider définitivement ». Vos demandes sont alors « Non transmise » jusqu'au traitement de la nuit, puis acceptées ou mises en liste d'attente : vous recevez le résultat par email le lendemain matin.

        ## Annuler
        Décochez un jour réservé puis validez votre panier. Les réservations et annulations des périodes scolaires sont possibles jusqu'au délai fixé pour chaque activité (en général le jeudi de la semaine précédente à 23 h 59) ; celles des vacances scolaires, pendant leur période d'ouverture. Un jour passé ne peut plus être annulé.

        ## Parents séparés
        Chaque responsable réserve depuis son propre compte. Un jour déjà réservé pour l'enfant par l'autre responsable apparaît « Réservé par l'autre responsable » et ne peut pas être réservé une seconde fois.
        """;

    /// <summary>The text cut into sections: an optional heading and its paragraphs.</summary>
    public static IReadOnlyList<(string? Title, IReadOnlyList<string> Paragraphs)> Sections(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sections = new List<(string? Title, List<string> Paragraphs)>();
        var paragraph = new List<string>();
        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                if (sections.Count == 0)
                {
                    sections.Add((null, []));
                }

                sections[^1].Paragraphs.Add(string.Join(' ', paragraph));
                paragraph.Clear();
            }
        }

        foreach (var line in body.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                EndParagraph();
                sections.Add((line[3..].Trim(), []));
            }
            else if (line.Length == 0)
            {
                EndParagraph();
            }
            else
            {
                paragraph.Add(line);
            }
        }

        EndParagraph();
        return [.. sections.Select(s => (s.Title, (IReadOnlyList<string>)s.Paragraphs))];
    }
}
