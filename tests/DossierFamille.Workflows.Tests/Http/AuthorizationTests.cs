using System.Net;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class AuthorizationTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "PUT", "definitions/auth-def/draft" },
        { "POST", "definitions/validate" },
        { "POST", "definitions/auth-def/publish" },
        { "POST", "definitions/auth-def/retract" },
        { "POST", "definitions/auth-def/versions/1/rollback" },
        { "POST", "definitions/import" },
        { "POST", "definitions/auth-def/instances" },
    };

    public static TheoryData<string, string> StaffEndpoints => new()
    {
        { "GET", "descriptors" },
        { "GET", "definitions" },
        { "GET", "definitions/auth-def" },
        { "GET", "definitions/auth-def/versions" },
        { "GET", "definitions/auth-def/export" },
        { "GET", "instances" },
        { "GET", $"instances/{Guid.Empty}" },
        { "GET", $"instances/{Guid.Empty}/statistics" },
        { "GET", $"instances/{Guid.Empty}/tasks" },
        { "POST", $"instances/{Guid.Empty}/cancel" },
        { "POST", $"instances/{Guid.Empty}/retry" },
        { "POST", $"instances/{Guid.Empty}/skip" },
        { "POST", "signals/AuthSignal" },
        { "GET", "tasks" },
        { "POST", $"tasks/{Guid.Empty}/claim" },
        { "POST", $"tasks/{Guid.Empty}/complete" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task A_gestionnaire_may_not_edit_or_publish_definitions(string method, string url)
    {
        var response = await fixture.Host.Gestionnaire().SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    [MemberData(nameof(StaffEndpoints))]
    public async Task An_anonymous_caller_is_asked_to_sign_in(string method, string url)
    {
        var response = await fixture.Host.Anonymous().SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task A_parent_is_not_staff(string method, string url)
    {
        var response = await fixture.Host.Client("parent@example.org", ApiRoles.Parent).SendAsync(Request(method, url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_refused_draft_was_not_saved()
    {
        var id = Fixtures.Workflows.NewId("auth-refused");

        var response = await fixture.Host.Gestionnaire().PutAsync($"definitions/{id}/draft", ApiJson.Definition(Fixtures.Workflows.Review(id)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Host.Admin().GetAsync($"definitions/{id}")).StatusCode);
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = method == "GET" ? null : ApiJson.Raw("{}") };
}
