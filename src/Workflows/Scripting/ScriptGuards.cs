using System.Globalization;
using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint;
using Jint.Runtime;

namespace DossierFamille.Workflows.Scripting;

/// <summary>
/// The limits Jint does not enforce by itself. Jint measures memory between statements, so one call
/// such as <c>'x'.repeat(2**28)</c> would allocate hundreds of MB before being stopped: the string
/// builders that multiply their input (<c>repeat</c>, <c>padStart</c>, <c>padEnd</c>, <c>join</c>,
/// <c>replace</c>, <c>replaceAll</c>) are wrapped to refuse a result longer than
/// <see cref="ScriptingOptions.MaxStringLength"/> before building it. Also: the size of the variables
/// an instance stores, and the French messages of every limit.
/// </summary>
internal sealed class ScriptGuards
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly ScriptingOptions limits;
    private readonly string stringTooLong;

    public ScriptGuards(ScriptingOptions limits)
    {
        this.limits = limits;
        stringTooLong = string.Create(French, $"Le script construit une chaîne de plus de {limits.MaxStringLength:N0} caractères (limite du moteur) : il est arrêté.");
        Script = Engine.PrepareScript(Wrappers(limits.MaxStringLength, stringTooLong));
    }

    /// <summary>Runs first in every engine; the originals stay in its closure, out of the script's reach.</summary>
    public Prepared<Script> Script { get; }

    private static string Wrappers(int max, string message) => string.Create(CultureInfo.InvariantCulture, $$"""
        (function (max, message) {
          var S = String.prototype, A = Array.prototype;
          var repeat = S.repeat, padStart = S.padStart, padEnd = S.padEnd, replace = S.replace, replaceAll = S.replaceAll, match = S.match, split = S.split, join = A.join;
          function check(n) { if (n > max) { throw new RangeError(message); } }
          function define(o, name, f) { Object.defineProperty(o, name, { value: f, writable: true, configurable: true, enumerable: false }); }
          function replaced(self, pattern, replacement, all, original) {
            var text = String(self);
            if (typeof replacement !== 'function') {
              var r = String(replacement);
              if (text.length + (text.length + 1) * r.length > max) {
                var count = pattern instanceof RegExp
                  ? (pattern.global ? (match.call(text, pattern) || []).length : 1)
                  : (all ? split.call(text, String(pattern)).length - 1 : 1);
                check(text.length + count * r.length);
              }
            }
            return original.call(self, pattern, replacement);
          }
          define(S, 'repeat', function (n) { check(String(this).length * Number(n)); return repeat.call(this, n); });
          define(S, 'padStart', function (n, f) { check(Number(n)); return padStart.call(this, n, f); });
          define(S, 'padEnd', function (n, f) { check(Number(n)); return padEnd.call(this, n, f); });
          define(S, 'replace', function (p, r) { return replaced(this, p, r, false, replace); });
          define(S, 'replaceAll', function (p, r) { return replaced(this, p, r, true, replaceAll); });
          define(A, 'join', function (separator) {
            var gap = separator === undefined ? 1 : String(separator).length, total = 0;
            for (var i = 0; i < this.length; i++) { var v = this[i]; total += (v === undefined || v === null ? 0 : String(v).length) + gap; check(total); }
            return join.call(this, separator);
          });
        })({{max}}, {{System.Text.Json.JsonSerializer.Serialize(message)}});
        """);

    public void CheckVariablesLength(int jsonLength)
    {
        if (jsonLength > limits.MaxVariablesLength)
        {
            throw new ScriptLimitException(string.Create(French,
                $"Les variables de l'instance dépasseraient la taille permise ({limits.MaxVariablesLength:N0} caractères en JSON) : rien n'a été enregistré. Gardez en variable une référence (un identifiant, un nom de document), pas le contenu lui-même."));
        }
    }

    /// <summary>The French message of a limit the script reached, or null for any other failure.</summary>
    public string? Explain(Exception exception) => exception switch
    {
        ScriptLimitException => null,
        JavaScriptException js when js.Message == stringTooLong => stringTooLong,
        // Jint reports an array past MaxArraySize as a memory limit, naming the array size.
        MemoryLimitExceededException memory when memory.Message.StartsWith("The array size", StringComparison.Ordinal) =>
            string.Create(French, $"Le script construit un tableau de plus de {limits.MaxArrayLength:N0} éléments (limite du moteur) : il est arrêté."),
        MemoryLimitExceededException => string.Create(French, $"Le script a dépassé la mémoire permise ({limits.MemoryLimitBytes / 1_000_000:N0} Mo) : il est arrêté."),
        RegexMatchTimeoutException => string.Create(French, $"Une expression régulière du script a dépassé le temps permis au script ({limits.Timeout.TotalSeconds:0.###} s) : il est arrêté."),
        TimeoutException => string.Create(French, $"Le script a dépassé son temps maximal ({limits.Timeout.TotalSeconds:0.###} s) : il est arrêté."),
        StatementsCountOverflowException => string.Create(French, $"Le script a dépassé le nombre d'instructions permis ({limits.MaxStatements:N0}) : boucle sans fin ?"),
        RecursionDepthOverflowException => string.Create(French, $"Le script s'appelle lui-même trop profondément (plus de {limits.MaxRecursion:N0} niveaux)."),
        _ => null,
    };
}
