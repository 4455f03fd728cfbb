using System.Globalization;

namespace DossierFamille.Web.Features.Reservations.Admin;

internal static class AdminDates
{
    /// <summary>"13/02/2027", as the admin pages and the audit log write dates.</summary>
    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Range(DateOnly first, DateOnly last) => $"du {Format(first)} au {Format(last)}";

    /// <summary>The value of an &lt;input type="date"&gt;.</summary>
    public static string? Input(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
