using System.Collections.Concurrent;
using System.Globalization;

namespace DossierFamille.PayFip.Simulator;

/// <summary>
/// The simulator's payments, in memory. Checks what PayFiP checks on creation (client number, exercise, debt
/// reference, amount, email, addresses, mode) and refuses a debt reference already paid, as one refdet is one debt.
/// </summary>
internal sealed class SimulatedPayments(TimeProvider time)
{
    /// <summary>How long the payment page accepts an idOp.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(15);

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly ConcurrentDictionary<string, SimulatedPayment> _payments = new(StringComparer.Ordinal);

    public SimulatedPayment Create(IReadOnlyDictionary<string, string> fields)
    {
        string Field(string name) => fields.TryGetValue(name, out var value) ? value.Trim() : string.Empty;
        var numcli = Field("numcli");
        var refdet = Field("refdet");
        Check(numcli.Length == 6 && numcli.All(char.IsAsciiDigit), "S1", "numcli : 6 chiffres attendus");
        Check(Field("exer") is { Length: 4 } exer && exer.All(char.IsAsciiDigit), "S2", "exer : année sur 4 chiffres attendue");
        Check(refdet.Length is >= 6 and <= 30 && refdet.All(char.IsAsciiLetterOrDigit), "S3", "refdet : 6 à 30 lettres et chiffres attendus");
        Check(long.TryParse(Field("montant"), NumberStyles.None, CultureInfo.InvariantCulture, out var cents) && cents > 0, "S4", "montant : entier positif en centimes attendu");
        Check(Field("mel") is { Length: >= 6 and <= 80 } mel && mel.Contains('@', StringComparison.Ordinal), "S5", "mel : adresse électronique attendue");
        Check(Uri.TryCreate(Field("urlnotif"), UriKind.Absolute, out var notification), "S6", "urlnotif : adresse absolue attendue");
        Check(Uri.TryCreate(Field("urlredirect"), UriKind.Absolute, out var redirect), "S7", "urlredirect : adresse absolue attendue");
        Check(Field("saisie") is "T" or "X" or "W", "S8", "saisie : T, X ou W attendu");
        Check(!_payments.Values.Any(p => p.ClientNumber == numcli && p.Refdet == refdet && p.IsPaid), "S9", "refdet déjà payée");

        var payment = new SimulatedPayment
        {
            IdOp = Guid.NewGuid().ToString(),
            ClientNumber = numcli,
            Exercise = Field("exer"),
            Refdet = refdet,
            Objet = Field("objet"),
            AmountCents = cents,
            Email = Field("mel"),
            NotificationUrl = notification!,
            RedirectUrl = redirect!,
            Saisie = Field("saisie"),
            CreatedAt = time.GetUtcNow(),
        };
        _payments[payment.IdOp] = payment;
        return payment;
    }

    public SimulatedPayment? Find(string? idOp) => idOp is not null && _payments.TryGetValue(idOp, out var payment) ? payment : null;

    public bool IsExpired(SimulatedPayment payment) => time.GetUtcNow() - payment.CreatedAt > Validity;

    /// <summary>Records the payer's choice once; false when the payment was already finished or has expired.</summary>
    public bool Finish(SimulatedPayment payment, char resultCode)
    {
        lock (payment)
        {
            if (payment.ResultCode is not null || IsExpired(payment))
            {
                return false;
            }

            payment.ResultCode = resultCode;
            payment.TransactionLocalTime = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Paris).DateTime;
            payment.AuthorisationNumber = resultCode == 'P' ? Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture) : null;
            return true;
        }
    }

    private static void Check(bool condition, string code, string label)
    {
        if (!condition)
        {
            throw new SimulatorFault(code, label);
        }
    }
}
