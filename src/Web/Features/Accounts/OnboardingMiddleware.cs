namespace DossierFamille.Web.Features.Accounts;

/// <summary>
/// Keeps a signed-in user on the first-login path until done: a new password first, then the
/// current RGPD notice and CGU (a new version asks again).
/// </summary>
internal sealed class OnboardingMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/compte/nouveau-mot-de-passe";
    public const string AcceptTermsPath = "/compte/conditions";

    private static readonly string[] AllowedPrefixes = [ChangePasswordPath, AcceptTermsPath, "/compte/deconnexion", Rgpd.RgpdModule.NoticePath, "/css", "/js", "/lib", "/img", "/erreur", "/_framework", "/_content", "/health"];

    public async Task InvokeAsync(HttpContext context, LegalVersions legal)
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated != true || AllowedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        if (user.HasClaim(c => c.Type == PortalClaims.MustChangePassword))
        {
            Redirect(context, ChangePasswordPath);
            return;
        }

        if (!LegalVersions.AllAccepted(user.FindFirst(PortalClaims.AcceptedLegal)?.Value, await legal.CurrentAsync()))
        {
            Redirect(context, AcceptTermsPath);
            return;
        }

        await next(context);
    }

    private static void Redirect(HttpContext context, string path)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        context.Response.Redirect(path);
    }
}
