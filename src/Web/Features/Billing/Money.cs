using System.Globalization;

namespace DossierFamille.Web.Features.Billing;

/// <summary>Euros as decimals: a line is rounded once, to the cent; parents read "12,50 €".</summary>
public static class Money
{
    private static readonly NumberFormatInfo French = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = " ", NumberGroupSizes = [3] };

    /// <summary>The amount of a line: unit price times quantity, rounded once to the cent (half away from zero, as the Trésor public does).</summary>
    public static decimal Line(decimal unitPrice, decimal quantity = 1) => Math.Round(unitPrice * quantity, 2, MidpointRounding.AwayFromZero);

    /// <summary>"12,50 €", "1 234,00 €".</summary>
    public static string Format(decimal amount) => amount.ToString("#,##0.00", French) + " €";

    /// <summary>A price as an admin types it ("2,50", "2.5", "3"); null when it is not a number or has more than 4 decimals.</summary>
    public static decimal? Parse(string? text)
    {
        var value = text?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace('€', ' ').Trim().Replace(',', '.');
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && decimal.Round(price, 4) == price ? price : null;
    }

    /// <summary>A price in a form field: "2,50".</summary>
    public static string Input(decimal price) => price.ToString(price == decimal.Round(price, 2) ? "0.00" : "0.00##", French);
}
