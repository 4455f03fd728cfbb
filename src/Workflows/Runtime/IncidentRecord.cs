namespace DossierFamille.Workflows.Runtime;

internal sealed record IncidentRecord(string ActivityId, string ActivityType, string Message, string ExceptionType, DateTime Timestamp);
