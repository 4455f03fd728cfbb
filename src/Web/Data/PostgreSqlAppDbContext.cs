using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Data;

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
