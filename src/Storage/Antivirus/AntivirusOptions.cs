namespace DossierFamille.Storage.Antivirus;

/// <summary>Configuration section <c>Antivirus</c>: clamd address; antivirus is off when Host is empty.</summary>
public sealed class AntivirusOptions
{
    public const string SectionName = "Antivirus";

    public string? Host { get; set; }

    public int Port { get; set; } = 3310;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
