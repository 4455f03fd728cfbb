using DossierFamille.Web.Features.Email.Templates;

namespace DossierFamille.Web.Tests.Features.Email;

/// <summary>The plain-text part read from an email's HTML.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Blocks_lists_cells_links_and_preformatted_text_become_plain_text()
    {
        const string html = """
            <!DOCTYPE html><html lang="fr"><head><title>Objet</title><style>p { color: red }</style></head>
            <body><p>Bonjour   Marie,</p>
            <p>Il vous reste à faire&nbsp;:</p><ul><li>Signer le règlement</li><li>Transmettre la fiche d&#x27;Adam</li></ul>
            <table><tr><th>Objet</th><td>Cantine</td></tr><tr><th>Montant</th><td>12,50 €</td></tr></table>
            <p>Une ligne<br>puis une autre. <a href="https://portail.example/dossier?a=1&amp;b=2">Ouvrir le dossier</a></p>
            <pre>--&gt; Activité :
                     DUPONT Lina</pre>
            <p><a href="https://portail.example/x">https://portail.example/x</a></p></body></html>
            """;

        var text = HtmlText.From(html.ReplaceLineEndings("\n"));

        Assert.Equal(
            "Bonjour Marie,\n\n"
            + "Il vous reste à faire\u00a0:\n\n"
            + "• Signer le règlement\n"
            + "• Transmettre la fiche d'Adam\n\n"
            + "Objet : Cantine\n"
            + "Montant : 12,50 €\n\n"
            + "Une ligne\npuis une autre. Ouvrir le dossier : https://portail.example/dossier?a=1&b=2\n\n"
            + "--> Activité :\n         DUPONT Lina\n\n"
            + "https://portail.example/x\n",
            text);
    }
}
