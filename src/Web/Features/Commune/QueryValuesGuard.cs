using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace DossierFamille.Web.Features.Commune;

/// <summary>
/// A page's typed query parameters (<c>[SupplyParameterFromQuery]</c> of type int, bool, Guid, dates…)
/// make Blazor throw on a value it cannot parse (<c>/?structure=x</c>): such a request is answered
/// 400 here, before the page renders, instead of 500.
/// </summary>
internal sealed class QueryValuesGuard(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, Type Type)>> Parameters = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page
            && ParametersOf(page.Type).Any(p => context.Request.Query.TryGetValue(p.Name, out var values) && values.Any(v => !Parses(v, p.Type))))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("L'adresse de cette page contient une valeur invalide.", context.RequestAborted);
            return;
        }

        await next(context);
    }

    private static IReadOnlyList<(string Name, Type Type)> ParametersOf(Type component) =>
        Parameters.GetOrAdd(component, static type => [.. type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name ?? p.Property.Name, ElementType(p.Property.PropertyType)))
            .Where(p => p.Item2 != typeof(string))]);

    private static Type ElementType(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(element) ?? element;
    }

    private static bool Parses(string? value, Type type)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        var invariant = CultureInfo.InvariantCulture;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            TypeCode.Int64 => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            TypeCode.Boolean => bool.TryParse(value, out _),
            TypeCode.Decimal => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            TypeCode.Double => double.TryParse(value, NumberStyles.Float, invariant, out _),
            TypeCode.Single => float.TryParse(value, NumberStyles.Float, invariant, out _),
            TypeCode.DateTime => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, invariant, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(value, invariant, out _),
            _ => true,
        };
    }
}
