using DossierFamille.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace DossierFamille.Web.Features.Messages;

internal static class MessagesModule
{
    public const string AnswerPath = "/gestion/messages/reponse";
    public const string Answered = "repondu";
    public const string AlreadyAnswered = "deja-repondu";
    public const string EmptyAnswer = "reponse-vide";

    public static IServiceCollection AddMessages(this IServiceCollection services) => services.AddScoped<MairieMessages>();

    /// <summary>The gestionnaire's answer form posts here (antiforgery checked), then returns to the inbox.</summary>
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(AnswerPath, async ([FromForm] int messageId, [FromForm] string? answer, MairieMessages messages, HttpContext context, CancellationToken cancellationToken) =>
        {
            var status = string.IsNullOrWhiteSpace(answer) ? EmptyAnswer
                : await messages.AnswerAsync(messageId, answer, context.User.GetDisplayName(), cancellationToken) ? Answered
                : AlreadyAnswered;
            return TypedResults.LocalRedirect($"/gestion/messages?statut={status}");
        }).RequireAuthorization(Roles.Gestionnaire);
        return app;
    }
}
