using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class OpenApiMetadataTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public void Every_endpoint_has_a_unique_operation_name_a_summary_and_the_workflows_tag()
    {
        var endpoints = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(WorkflowApiHost.Prefix, StringComparison.Ordinal) == true)
            .ToList();

        // Every operation of the README's table, each one covered by the authorization tests.
        Assert.Equal(AuthorizationTests.AdminEndpoints.Count + AuthorizationTests.StaffEndpoints.Count, endpoints.Count);
        var names = endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ToList();
        Assert.All(names, Assert.NotNull);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(endpoints, e => Assert.False(string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary), e.DisplayName));
        Assert.All(endpoints, e => Assert.Contains("Workflows", e.Metadata.GetMetadata<ITagsMetadata>()?.Tags ?? []));
    }

    [Theory]
    [InlineData("SaveWorkflowDraft", "WorkflowDefinitionModel")]
    [InlineData("ValidateWorkflowDefinition", "WorkflowDefinitionModel")]
    [InlineData("ImportWorkflowDefinition", "WorkflowDefinitionModel")]
    [InlineData("SendWorkflowSignal", "SignalRequest")]
    [InlineData("CompleteWorkflowTask", "CompleteTaskRequest")]
    public void Endpoints_with_a_json_body_describe_it_and_their_problems(string name, string bodyType)
    {
        var endpoint = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);

        var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
        Assert.Equal(bodyType, accepts?.RequestType?.Name);
        Assert.Contains("application/json", accepts!.ContentTypes);
        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>(), p => p.StatusCode == StatusCodes.Status400BadRequest && p.ContentTypes.Contains("application/problem+json"));
    }
}
