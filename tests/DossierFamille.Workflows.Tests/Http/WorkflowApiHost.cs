using System.Net.Http.Headers;
using DossierFamille.Workflows.Http;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DossierFamille.Workflows.Tests.Http;

/// <summary>
/// A minimal ASP.NET Core host of the engine's HTTP API on a test database, as the portal hosts it:
/// policies "WorkflowStaff" (Gestionnaire, Admin) and "WorkflowAdmin" (Admin), users from request headers.
/// </summary>
public sealed class WorkflowApiHost : IAsyncDisposable
{
    public const string Prefix = "/api/workflows";

    private readonly WebApplication app;

    private WorkflowApiHost(WebApplication app)
    {
        this.app = app;
        Engine = new WorkflowHost(app.Services);
    }

    /// <summary>Direct access to the engine behind the API, for arranging and checking.</summary>
    public WorkflowHost Engine { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<WorkflowApiHost> StartAsync(TestDatabase database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        WorkflowHost.AddEngine(builder.Services, database, WorkflowHost.NewTime());
        builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("WorkflowStaff", p => p.RequireRole(ApiRoles.Gestionnaire, ApiRoles.Admin))
            .AddPolicy("WorkflowAdmin", p => p.RequireRole(ApiRoles.Admin));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWorkflowApi(Prefix);
        await app.StartAsync();
        return new WorkflowApiHost(app);
    }

    /// <summary>A client signed in as <paramref name="user"/> with <paramref name="roles"/>; a null user is anonymous.</summary>
    public HttpClient Client(string? user, params string[] roles)
    {
        var client = app.GetTestClient();
        client.BaseAddress = new Uri("http://localhost" + Prefix + "/");
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.UserHeader, user);
            client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.RolesHeader, string.Join(',', roles));
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public HttpClient Admin() => Client("alice.admin", ApiRoles.Admin);

    public HttpClient Gestionnaire(string user = "marie.gestion") => Client(user, ApiRoles.Gestionnaire);

    public HttpClient Anonymous() => Client(null);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
