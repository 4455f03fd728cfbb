namespace DossierFamille.Storage.Intake;

/// <summary>What the first bytes of an upload say it is; only Pdf, Jpeg, Png and WebP are accepted.</summary>
internal enum DocumentKind
{
    Unknown,
    Pdf,
    Jpeg,
    Png,
    WebP,
    Heic,
    Html,
    Svg,
    Zip,
    OfficeLegacy,
    Executable,
    Script,
}
