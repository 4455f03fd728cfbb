using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Admin;

internal static class AdminModule
{
    public const string PublishLegalTextPath = "/admin/textes-legaux/publier";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapPost(PublishLegalTextPath, async ([FromForm] LegalTextKind kind, [FromForm] string? title, [FromForm] string? body, LegalTextPublisher publisher, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
            {
                return Results.Problem("Le titre et le texte sont obligatoires.", statusCode: StatusCodes.Status400BadRequest);
            }

            var text = await publisher.PublishAsync(kind, title, body, cancellationToken);
            return TypedResults.LocalRedirect($"/admin/textes-legaux?version={text.Version}");
        }).RequireAuthorization(Roles.Admin);
        return app;
    }
}
