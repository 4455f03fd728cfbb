namespace DossierFamille.Testing;

/// <summary>
/// Reads the address of a real service started by ./test.sh (tools/services.sh). A missing
/// service fails the test with a message naming it; tests never skip silently.
/// </summary>
internal static class RequiredService
{
    public static string Postgres => Get("DF_TEST_POSTGRES", "PostgreSQL");

    public static string Azurite => Get("DF_TEST_AZURITE", "Azurite");

    public static string Clamd => Get("DF_TEST_CLAMD", "clamd (ClamAV)");

    public static string SmtpHost => Get("DF_TEST_SMTP_HOST", "maildev (SMTP capture)");

    public static int SmtpPort => int.Parse(Get("DF_TEST_SMTP_PORT", "maildev (SMTP capture)"), System.Globalization.CultureInfo.InvariantCulture);

    public static string MaildevApi => Get("DF_TEST_MAILDEV", "maildev (SMTP capture)");

    public static string Chromium => Get("DF_TEST_CHROMIUM", "Chromium");

    /// <summary>The PayFiP simulator of this repository (src/PayFip.Simulator).</summary>
    public static string PayFip => Get("DF_TEST_PAYFIP", "the PayFiP simulator");

    private static string Get(string variable, string service) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{service} is required but {variable} is not set. Run the tests through ./test.sh, which installs and starts it (tools/services.sh).");
}
