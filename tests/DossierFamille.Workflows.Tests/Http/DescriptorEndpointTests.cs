using System.Net.Http.Json;
using DossierFamille.Workflows.Activities;

namespace DossierFamille.Workflows.Tests.Http;

public sealed class DescriptorEndpointTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Descriptors_give_the_designer_french_names_inputs_with_their_kind_and_outcomes()
    {
        var descriptors = await fixture.Host.Gestionnaire().GetFromJsonAsync<List<ActivityDescriptor>>("descriptors");

        var byType = descriptors!.ToDictionary(d => d.Type, StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(["Start", "End", "Decision", "Switch", "Fork", "Join", "SetVariable", "Delay", "Timer", "WaitForSignal", "SendSignal", "HumanTask", "SendEmail", "RunWorkflow"]),
            byType.Keys.ToHashSet());

        var task = byType["HumanTask"];
        Assert.Equal("Tâche humaine", task.DisplayName);
        Assert.Equal("Humain", task.Category);
        var outcomes = Assert.Single(task.Inputs, i => i.Name == "Outcomes");
        Assert.Equal(InputKinds.List, outcomes.Kind);
        Assert.True(outcomes.Required);
        Assert.Equal(InputKinds.Role, Assert.Single(task.Inputs, i => i.Name == "Role").Kind);
        Assert.Equal(InputKinds.Duration, Assert.Single(task.Inputs, i => i.Name == "DueIn").Kind);
        Assert.Empty(task.Outcomes);

        Assert.Equal("Décision", byType["Decision"].DisplayName);
        Assert.Equal(["True", "False"], byType["Decision"].Outcomes);
        Assert.Equal(InputKinds.JavaScript, Assert.Single(byType["Decision"].Inputs).Kind);
        Assert.Equal(["Default"], byType["Switch"].Outcomes);
        Assert.Equal("Envoyer un e-mail", byType["SendEmail"].DisplayName);
        Assert.Equal(InputKinds.EmailTemplate, Assert.Single(byType["SendEmail"].Inputs, i => i.Name == "HtmlBody").Kind);
        Assert.True(byType["WaitForSignal"].IsTrigger);
        Assert.False(byType["SendEmail"].IsTrigger);
    }

    [Fact]
    public async Task Activities_registered_by_the_host_are_described_too()
    {
        var descriptors = await fixture.Host.Admin().GetFromJsonAsync<List<ActivityDescriptor>>("descriptors");

        var added = Assert.Single(descriptors!, d => d.Type == "AddDomainRow");
        Assert.Equal("Ajouter une ligne (test)", added.DisplayName);
        Assert.Equal(["Done"], added.Outcomes);
        var label = Assert.Single(added.Inputs);
        Assert.Equal(("Label", "Libellé", InputKinds.Text, true), (label.Name, label.Label, label.Kind, label.Required));
    }
}
