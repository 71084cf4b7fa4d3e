import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const hsmetaSchema = z.object({
  uid: z.string(),
  type: z.enum(['card', 'settings', 'page']),
  config: z
    .object({
      name: z.string().optional(),
      location: z.string().optional(),
      entrypoint: z.string(),
    })
    .loose(),
});

/** One card, settings page or app page of the project, as its `*-hsmeta.json` declares it. */
export interface ExtensionEntry {
  uid: string;
  type: 'card' | 'settings' | 'page';
  name: string;
  location: string;
  /** Absolute path of the entry module. */
  file: string;
}

const folders = ['cards', 'settings', 'pages'] as const;
const defaultLocation = { card: 'crm.record.tab', settings: 'settings', page: 'home' } as const;

/** Reads the extensions of `<srcDir>/app/{cards,settings,pages}` the way HubSpot's project parser does (top level only). */
export async function listExtensions(srcDir: string): Promise<ExtensionEntry[]> {
  const entries: ExtensionEntry[] = [];
  for (const folder of folders) {
    const dir = path.join(srcDir, 'app', folder);
    const files = await readdir(dir).catch(() => []);
    for (const file of files.filter((name) => name.endsWith('-hsmeta.json')).sort()) {
      const meta = hsmetaSchema.safeParse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
      if (!meta.success) continue;
      const { uid, type, config } = meta.data;
      entries.push({
        uid,
        type,
        name: config.name ?? uid,
        location: config.location ?? defaultLocation[type],
        file: path.join(srcDir, config.entrypoint),
      });
    }
  }
  return entries;
}

/** The browser module listing the extensions, each loaded on demand. */
export function extensionsModule(entries: ExtensionEntry[]): string {
  const items = entries.map(
    (entry) =>
      `{ uid: ${JSON.stringify(entry.uid)}, type: ${JSON.stringify(entry.type)}, name: ${JSON.stringify(entry.name)}, location: ${JSON.stringify(entry.location)}, load: () => import(${JSON.stringify(entry.file)}) }`,
  );
  return `export const extensions = [\n${items.join(',\n')}\n];\n`;
}
