using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DossierFamille.Storage.Blobs;

/// <summary>Builds the configured store; a relative local path is taken from the host's content root.</summary>
internal static class BlobStoreFactory
{
    public static IBlobStore Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BlobStoreOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        if (options.Provider == BlobProvider.Azure)
        {
            var container = new BlobServiceClient(options.ConnectionString).GetBlobContainerClient(options.Container);
            return new AzureBlobStore(container, timeProvider);
        }

        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        var path = Path.IsPathRooted(options.LocalPath) ? options.LocalPath : Path.Combine(contentRoot, options.LocalPath);
        return new LocalFolderBlobStore(path, timeProvider);
    }
}
