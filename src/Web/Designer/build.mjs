// Bundles the designer for the portal: run by the dotnet build (DossierFamille.Web.csproj) or `npm run build`.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.jsx'],
  bundle: true,
  minify: true,
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: '../wwwroot/designer/dist/designer.js',
  logLevel: 'warning',
});
