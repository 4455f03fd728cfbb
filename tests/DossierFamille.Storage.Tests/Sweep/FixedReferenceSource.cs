using DossierFamille.Storage.Sweep;

namespace DossierFamille.Storage.Tests.Sweep;

/// <summary>Stands for the host's database: the names in <see cref="Referenced"/> have a row.</summary>
internal sealed class FixedReferenceSource : IBlobReferenceSource
{
    public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

    public List<IReadOnlyCollection<string>> Calls { get; } = [];

    public Task<IReadOnlySet<string>> FilterReferencedAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken)
    {
        Calls.Add(blobNames);
        IReadOnlySet<string> referenced = blobNames.Where(Referenced.Contains).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(referenced);
    }
}
