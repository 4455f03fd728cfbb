using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DossierFamille.Workflows.Http;

/// <summary>A JSON request body: its value, or the problem to answer when it could not be read.</summary>
internal sealed class RequestBody<T>
    where T : class
{
    private RequestBody(T? value, ProblemHttpResult? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ProblemHttpResult? Problem { get; }

    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool Failed => Problem is not null;

    public static RequestBody<T> Of(T value) => new(value, null);

    public static RequestBody<T> Refused(ProblemHttpResult problem) => new(null, problem);
}
