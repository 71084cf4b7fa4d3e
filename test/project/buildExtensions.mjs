// Builds each extension entry with HubSpot's own build (the one the CLI uploads with) and prints
// `{ entry, file, bytes }` per bundle as one JSON line. Usage: node buildExtensions.mjs <outDir> <entry>...
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { remoteBuild } from '@hubspot/ui-extensions-dev-server/build';

const [outDir, ...entries] = process.argv.slice(2);
const results = [];
for (const entry of entries) {
  const outputDir = path.join(outDir, path.basename(entry, path.extname(entry)));
  await remoteBuild({ root: path.dirname(entry), entryPoint: entry, outputDir, logLevel: 'error' });
  for (const file of fs.readdirSync(outputDir).filter((f) => f.endsWith('.js'))) {
    results.push({ entry, file, bytes: fs.statSync(path.join(outputDir, file)).size });
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
