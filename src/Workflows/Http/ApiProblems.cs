using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFamille.Workflows.Http;

/// <summary>The API's refusals as application/problem+json, with a French title and a detail telling what to do.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Requête invalide", detail);

    public static ProblemHttpResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Action non autorisée", detail);

    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Introuvable", detail);

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Action impossible dans l'état actuel", detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Format non pris en charge", detail);

    /// <summary>An Elsa export that would lose something: 422 with <c>report</c>, one French line per activity, input or connection left out.</summary>
    public static ProblemHttpResult ImportLosses(IReadOnlyList<Definitions.Elsa.ElsaImportIssue> issues) => TypedResults.Problem(
        "Ce fichier Elsa ne peut pas être importé en entier ; rien n'a été enregistré. Relisez la liste de ce qui ne serait pas importé, "
        + "puis importez-le quand même (paramètre acceptLosses=true) ou corrigez le fichier.",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Import incomplet",
        extensions: new Dictionary<string, object?> { ["report"] = issues.Select(i => i.Message).ToList() });

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
