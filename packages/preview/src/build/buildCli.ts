import { buildBrowserBundle } from './buildBrowserBundle';

const [srcDir, outDir] = process.argv.slice(2);
if (!srcDir || !outDir) {
  process.stderr.write('Usage: buildCli <srcDir> <outDir>\n');
  process.exit(2);
}
buildBrowserBundle({ srcDir, outDir }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
