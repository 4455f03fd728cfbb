using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DossierFamille.PayFip.Simulator;

/// <summary>The simulator's pages: plain HTML in French, readable on a phone, with the amount and the object paid.</summary>
internal static class PaymentPage
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Escapes markup only: French letters stay readable in the page's source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Form(SimulatedPayment payment)
    {
        var amount = (payment.AmountCents / 100m).ToString("N2", French) + " €";
        var mode = payment.Saisie switch { "T" => "test", "X" => "activation", _ => "production" };
        return Page("Paiement sécurisé", $"""
            <p>Vous allez payer <strong data-montant>{amount}</strong> à votre collectivité.</p>
            <dl>
              <dt>Objet</dt><dd>{Encode(payment.Objet)}</dd>
              <dt>Référence</dt><dd>{Encode(payment.Refdet)}</dd>
              <dt>Adresse électronique</dt><dd>{Encode(payment.Email)}</dd>
            </dl>
            <p class="note">Simulateur PayFiP (mode {mode}) : aucune carte n'est demandée. Choisissez le résultat du paiement.</p>
            <form method="post" action="{SimulatorPaths.PaymentPage}">
              <input type="hidden" name="idop" value="{Encode(payment.IdOp)}">
              <button type="submit" name="choix" value="payer" class="primary">Payer</button>
              <button type="submit" name="choix" value="refuser">Refuser</button>
              <button type="submit" name="choix" value="abandonner">Abandonner</button>
              <button type="submit" name="choix" value="payer-sans-notifier">Payer sans notifier</button>
            </form>
            """, StatusCodes.Status200OK);
    }

    public static IResult Message(string title, string text, int status) => Page(title, $"<p>{Encode(text)}</p>", status);

    private static string Encode(string text) => Html.Encode(text);

    private static IResult Page(string title, string body, int status) =>
        Results.Content($$"""
            <!doctype html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{Encode(title)}} – PayFiP (simulateur)</title>
              <style>
                body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f6f6f6; }
                header { background: #000091; color: #fff; padding: 1rem; }
                header p { margin: 0; font-weight: bold; }
                main { max-width: 36rem; margin: 1rem auto; padding: 1rem; background: #fff; }
                dt { font-weight: bold; }
                dd { margin: 0 0 .5rem 0; overflow-wrap: anywhere; }
                .note { color: #3a3a3a; }
                form { display: flex; flex-wrap: wrap; gap: .5rem; }
                button { font-size: 1rem; padding: .6rem 1rem; border: 2px solid #000091; background: #fff; color: #000091; cursor: pointer; }
                button.primary { background: #000091; color: #fff; }
              </style>
            </head>
            <body>
              <header><p>PayFiP – paiement des services publics locaux (simulateur)</p></header>
              <main>
                <h1>{{Encode(title)}}</h1>
                {{body}}
              </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
