using System.Text.Json.Nodes;
using DossierFamille.Workflows.Scripting;
using Microsoft.Extensions.Options;

namespace DossierFamille.Workflows.Tests.Scripting;

/// <summary>One statement of a script cannot make the node allocate hundreds of MB, run a regular expression for long, or fill the instance's row.</summary>
public sealed class ScriptLimitTests
{
    private const long AllocationCeiling = 64_000_000;

    [Theory]
    [InlineData("'x'.repeat(2**28)")]
    [InlineData("''.padEnd(2**28, 'x')")]
    [InlineData("'x'.padStart(2**28)")]
    [InlineData("new Array(50000).fill('y'.repeat(1000)).join('')")]
    [InlineData("'x'.repeat(1000).replaceAll('x', 'y'.repeat(1000))")]
    [InlineData("'x'.repeat(1000).replace(/x/g, 'y'.repeat(1000))")]
    public void A_call_that_would_build_a_string_of_hundreds_of_MB_fails_before_building_it(string script) =>
        AssertStoppedCheaply(Evaluator(), script, "Le script construit une chaîne de plus de 1 000 000 caractères (limite du moteur) : il est arrêté.");

    [Fact]
    public void Strings_and_arrays_within_the_limits_are_built_as_usual()
    {
        var evaluator = Evaluator();

        Assert.Equal(900_000, (long)evaluator.Evaluate("'ab'.repeat(450000).length", Scope())!);
        Assert.Equal("--7", (string)evaluator.Evaluate("'7'.padStart(3, '-')", Scope())!);
        Assert.Equal("a-b", (string)evaluator.Evaluate("['a', 'b'].join('-')", Scope())!);
        Assert.Equal("y$&z", (string)evaluator.Evaluate("'xz'.replace('x', 'y$$&')", Scope())!);
        Assert.Equal(1000, (long)evaluator.Evaluate("new Array(1000).fill(0).length", Scope())!);
    }

    [Theory]
    [InlineData("new Array(2**28).fill(0).length")]
    [InlineData("new Array(200000).fill(0).length")]
    [InlineData("Array(2**28).length")]
    [InlineData("var a = []; a.length = 2**28; a.fill(1); 1")]
    [InlineData("var a = [1]; for (var i = 0; i < 18; i++) { a = a.concat(a); } a.length")]
    public void An_array_longer_than_the_limit_is_refused(string script) =>
        AssertStoppedCheaply(Evaluator(o => o.MaxStatements = 1_000_000), script, "Le script construit un tableau de plus de 100 000 éléments (limite du moteur) : il est arrêté.");

    [Fact]
    public void A_regular_expression_is_stopped_at_the_script_s_own_timeout()
    {
        var evaluator = Evaluator(o => o.Timeout = TimeSpan.FromMilliseconds(200));

        var refused = Assert.Throws<ScriptLimitException>(() => evaluator.Evaluate("/^(a+)+$/.test('a'.repeat(40) + 'b')", Scope()));

        Assert.Equal("Une expression régulière du script a dépassé le temps permis au script (0,2 s) : il est arrêté.", refused.Message);
    }

    [Fact]
    public void A_script_cannot_store_more_than_the_instance_s_variables_may_hold_and_nothing_it_wrote_is_kept()
    {
        var scope = Scope();
        scope.Variables["compteur"] = 1;

        var refused = Assert.Throws<ScriptLimitException>(() => Evaluator().Evaluate("variables.compteur = 2; variables.a = 'x'.repeat(600000); variables.b = 'x'.repeat(600000); 1", scope));

        Assert.StartsWith("Les variables de l'instance dépasseraient la taille permise", refused.Message, StringComparison.Ordinal);
        Assert.Equal("{\"compteur\":1}", scope.Variables.ToJsonString());
    }

    /// <summary>The script fails with the limit's French message, having allocated far less than what it asked for.</summary>
    private static void AssertStoppedCheaply(ScriptEvaluator evaluator, string script, string message)
    {
        evaluator.Evaluate("1", Scope());
        var before = GC.GetAllocatedBytesForCurrentThread();

        var refused = Assert.Throws<ScriptLimitException>(() => evaluator.Evaluate(script, Scope()));

        Assert.Equal(message, PlainSpaces(refused.Message));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationCeiling, $"{allocated} bytes allocated");
    }

    private static ScriptEvaluator Evaluator(Action<ScriptingOptions>? configure = null)
    {
        var options = new WorkflowOptions();
        configure?.Invoke(options.Scripting);
        return new ScriptEvaluator(Options.Create(options));
    }

    /// <summary>French number formatting separates thousands with a (narrow) no-break space.</summary>
    private static string PlainSpaces(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    private static ScriptScope Scope() => new(new JsonObject(), null, null, Guid.NewGuid());
}
