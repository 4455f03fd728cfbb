using Microsoft.Extensions.Logging;

namespace DossierFamille.Storage.Intake;

internal static partial class IntakeLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Upload {DisplayName} refused: {Reason} (declared {DeclaredContentType})")]
    public static partial void Refused(ILogger logger, string displayName, RefusalReason reason, string? declaredContentType);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Upload {DisplayName} accepted as {BlobName} ({ContentType}, {Size} bytes)")]
    public static partial void Accepted(ILogger logger, string displayName, string blobName, string contentType, long size);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Upload {DisplayName} found infected: {Signature}")]
    public static partial void Infected(ILogger logger, string displayName, string? signature);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Antivirus unavailable while checking {DisplayName}: {Detail}")]
    public static partial void AntivirusUnavailable(ILogger logger, string displayName, string? detail);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "Storing upload {DisplayName} failed")]
    public static partial void StorageFailed(ILogger logger, Exception exception, string displayName);
}
