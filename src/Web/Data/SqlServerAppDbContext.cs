using Microsoft.EntityFrameworkCore;

namespace DossierFamille.Web.Data;

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
