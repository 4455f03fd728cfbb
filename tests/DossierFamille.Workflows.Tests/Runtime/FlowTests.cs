using System.Text.Json.Nodes;
using DossierFamille.Workflows.Definitions;
using DossierFamille.Workflows.Persistence;
using DossierFamille.Workflows.Runtime;
using DossierFamille.Workflows.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Tests.Runtime;

public sealed class FlowTests : SqliteTestBase
{
    [Theory]
    [InlineData(3, "small")]
    [InlineData(12, "big")]
    [InlineData(-1, "Default")]
    public async Task Switch_follows_the_first_true_case(int size, string expected)
    {
        var id = Fixtures.Workflows.NewId("switch");
        var cases = new JsonArray(
            new JsonObject { ["name"] = "small", ["condition"] = "input.size >= 0 && input.size < 10" },
            new JsonObject { ["name"] = "big", ["condition"] = "input.size >= 10" });
        await Host.PublishAsync(new WorkflowBuilder(id, "Aiguillage")
            .Add("start", "Start")
            .Add("switch", "Switch", a => a.Literal("Cases", cases))
            .Add("small", "SetVariable", a => a.Literal("Variable", "path").Literal("Value", "small"))
            .Add("big", "SetVariable", a => a.Literal("Variable", "path").Literal("Value", "big"))
            .Add("other", "SetVariable", a => a.Literal("Variable", "path").Literal("Value", "Default"))
            .Connect("start", "switch")
            .Connect("switch", "small", "small")
            .Connect("switch", "big", "big")
            .Connect("switch", "other", "Default")
            .Build());

        var started = await Host.Runtime.StartAsync(id, new JsonObject { ["size"] = size });

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(expected, (await Host.VariablesAsync(started.InstanceId))["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Join_wait_all_continues_after_every_branch()
    {
        var id = Fixtures.Workflows.NewId("all");
        await Host.PublishAsync(ForkJoin(id, "WaitAll"));
        var started = await Host.Runtime.StartAsync(id, correlationId: "J");

        await Host.Runtime.SendSignalAsync("A-" + id, "J");
        Assert.Equal(WorkflowStatus.Suspended, (await Host.InstanceAsync(started.InstanceId)).Status);
        await Host.Runtime.SendSignalAsync("B-" + id, "J");

        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(1, await Host.OutboxCountAsync(started.InstanceId));
    }

    [Fact]
    public async Task Join_wait_any_continues_at_the_first_branch_and_cancels_the_others()
    {
        var id = Fixtures.Workflows.NewId("any");
        await Host.PublishAsync(ForkJoin(id, "WaitAny"));
        var started = await Host.Runtime.StartAsync(id, correlationId: "K");

        await Host.Runtime.SendSignalAsync("B-" + id, "K");

        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(started.InstanceId)).Status);
        Assert.Equal(1, await Host.OutboxCountAsync(started.InstanceId));
        Assert.False(await Host.QueryAsync(db => db.Set<WfBookmark>().AnyAsync(b => b.InstanceId == started.InstanceId)));
        Assert.Equal(HumanTaskStatus.Cancelled, (await Host.QueryAsync(db => db.Set<WfHumanTask>().SingleAsync(t => t.InstanceId == started.InstanceId))).Status);
        var late = await Host.Runtime.SendSignalAsync("A-" + id, "K");
        Assert.Equal(0, late.Resumed);
    }

    [Fact]
    public async Task A_sub_workflow_runs_to_its_end_before_the_parent_continues()
    {
        var child = Fixtures.Workflows.NewId("child");
        await Host.PublishAsync(Fixtures.Workflows.Review(child));
        var parent = Fixtures.Workflows.NewId("parent");
        await Host.PublishAsync(new WorkflowBuilder(parent, "Parent")
            .Add("start", "Start")
            .Add("sub", "RunWorkflow", a => a.Literal("DefinitionId", child).Literal("ResultVariable", "child"))
            .Add("after", "SetVariable", a => a.Literal("Variable", "done").JavaScript("Value", "variables.child.accepted"))
            .Sequence("start", "sub", "after")
            .Build());

        var started = await Host.Runtime.StartAsync(parent, correlationId: "P");
        var childInstance = await Host.QueryAsync(db => db.Set<WfInstance>().SingleAsync(i => i.ParentInstanceId == started.InstanceId));
        var task = await Host.OpenTaskAsync(childInstance.Id);
        await Host.Runtime.CompleteTaskAsync(task.Id, "Accepter", null, "marie");

        Assert.Equal(WorkflowStatus.Finished, (await Host.InstanceAsync(started.InstanceId)).Status);
        Assert.True((await Host.VariablesAsync(started.InstanceId))["done"]!.GetValue<bool>());
    }

    [Fact]
    public async Task End_cancels_what_is_still_waiting()
    {
        var id = Fixtures.Workflows.NewId("end");
        await Host.PublishAsync(new WorkflowBuilder(id, "Fin anticipée")
            .Add("start", "Start")
            .Add("fork", "Fork", a => a.Literal("Branches", "a,b"))
            .Add("wait", "Delay", a => a.Literal("Duration", "1.00:00:00"))
            .Add("end", "End")
            .Connect("start", "fork")
            .Connect("fork", "wait", "a")
            .Connect("fork", "end", "b")
            .Connect("wait", "end")
            .Build());

        var started = await Host.Runtime.StartAsync(id);

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.False(await Host.QueryAsync(db => db.Set<WfTimer>().AnyAsync(t => t.InstanceId == started.InstanceId)));
    }

    [Fact]
    public async Task A_variable_declared_Int32_with_the_text_0_is_the_number_0_in_scripts_and_in_storage()
    {
        var id = Fixtures.Workflows.NewId("types");
        await Host.PublishAsync(new WorkflowBuilder(id, "Compteur typé")
            .Variable("Compteur", "0", "Int32")
            .Variable("Actif", "true", "Boolean")
            .Add("start", "Start")
            .Add("plus", "SetVariable", a => a.Literal("Variable", "suivant").JavaScript("Value", "variables.Compteur + 1"))
            .Add("accessor", "SetVariable", a => a.Literal("Variable", "parAccesseur").JavaScript("Value", "getCompteur() + 1"))
            .Add("flag", "SetVariable", a => a.Literal("Variable", "inverse").JavaScript("Value", "!getActif()"))
            .Add("literal", "SetVariable", a => a.Literal("Variable", "Compteur").Literal("Value", "41"))
            .Add("wait", "WaitForSignal", a => a.Literal("Signal", "Suite-" + id))
            .Add("after", "SetVariable", a => a.Literal("Variable", "apres").JavaScript("Value", "variables.Compteur + 1"))
            .Sequence("start", "plus", "accessor", "flag", "literal", "wait", "after")
            .Build());

        var started = await Host.Runtime.StartAsync(id);
        await Host.Runtime.SendSignalAsync("Suite-" + id, null);

        var variables = await Host.VariablesAsync(started.InstanceId);
        Assert.Equal(1, variables["suivant"]!.GetValue<long>());
        Assert.Equal(1, variables["parAccesseur"]!.GetValue<long>());
        Assert.False(variables["inverse"]!.GetValue<bool>());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, variables["Compteur"]!.GetValueKind());
        Assert.Equal(42, variables["apres"]!.GetValue<long>());
    }

    private static WorkflowDefinitionModel ForkJoin(string id, string mode) => new WorkflowBuilder(id, "Parallèle")
        .Add("start", "Start")
        .Add("fork", "Fork", a => a.Literal("Branches", "a, b"))
        .Add("waitA", "HumanTask", a => a.Literal("Title", "A").JavaScript("Role", "'Gestionnaire'").Literal("Outcomes", "Ok"))
        .Add("sigA", "WaitForSignal", a => a.JavaScript("Signal", $"'A-{id}'"))
        .Add("waitB", "WaitForSignal", a => a.Literal("Signal", "B-" + id))
        .Add("join", "Join", a => a.Literal("Mode", mode))
        .Add("fork2", "Fork", a => a.Literal("Branches", "task,signal"))
        .Add("innerJoin", "Join", a => a.Literal("Mode", "WaitAny"))
        .Add("mail", "SendEmail", a => a.Literal("To", "x@example.org").Literal("Subject", "Joint").Literal("HtmlBody", "ok"))
        .Add("end", "End")
        .Connect("start", "fork")
        .Connect("fork", "fork2", "a")
        .Connect("fork2", "waitA", "task")
        .Connect("fork2", "sigA", "signal")
        .Connect("waitA", "innerJoin", "Ok")
        .Connect("sigA", "innerJoin")
        .Connect("innerJoin", "join")
        .Connect("fork", "waitB", "b")
        .Connect("waitB", "join")
        .Connect("join", "mail")
        .Connect("mail", "end")
        .Build();
}
