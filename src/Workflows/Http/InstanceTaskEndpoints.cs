using DossierFamille.Workflows.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Workflows.Http;

/// <summary>The human tasks of one instance, open or done, for the instance viewer's "Tâches humaines" tab.</summary>
internal static class InstanceTaskEndpoints
{
    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/instances/{id:guid}/tasks", async Task<Results<Ok<List<WfHumanTask>>, NotFound>> (Guid id, WorkflowDb db, CancellationToken ct) =>
        {
            if (!await db.Instances.AnyAsync(i => i.Id == id, ct))
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Ok(await db.Tasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(ct));
        }).WithName("ListWorkflowInstanceTasks").WithSummary("Tâches humaines d'une instance (ouvertes et traitées)");
    }
}
