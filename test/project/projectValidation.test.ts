import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { translate } from '@hubspot/project-parsing-lib/translate';
import { functionNames } from '@care-model/contract';

// The lib fetches its JSON schemas from HubSpot; offline, it gets our approximate ones.
jest.mock('../../node_modules/@hubspot/project-parsing-lib/src/lib/schemas.js', () => ({
  getIntermediateRepresentationSchema: async () =>
    jest.requireActual<typeof import('./approximateSchemas')>('./approximateSchemas')
      .approximateSchemas,
}));

const root = path.resolve(__dirname, '../..');
const hsproject: unknown = JSON.parse(fs.readFileSync(path.join(root, 'hsproject.json'), 'utf8'));
const platformVersion =
  typeof hsproject === 'object' && hsproject !== null && 'platformVersion' in hsproject
    ? String(hsproject.platformVersion)
    : '';

/** Parses a project like `hs project upload`; throws with the CLI's messages when invalid or skipped. */
async function parseProject(projectSourceDir: string) {
  let result;
  try {
    result = await translate({ projectSourceDir, platformVersion, accountId: 1 });
  } catch (error) {
    throw new Error(String(error instanceof Error ? error.toString() : error), { cause: error });
  }
  if (result.skippedHsMetaFiles.length > 0) {
    throw new Error(`Skipped (misplaced) hsmeta files: ${result.skippedHsMetaFiles.join(', ')}`);
  }
  const nodes = Object.values(result.intermediateRepresentation.intermediateNodesIndexedByUid);
  return nodes.map((node) => ({
    uid: node.uid,
    type: node.componentType,
    config: node.config,
    metaFilePath: node.metaFilePath,
  }));
}

const entrypointOf = (config: unknown): string | null =>
  typeof config === 'object' && config !== null && 'entrypoint' in config
    ? String(config.entrypoint)
    : null;

describe('the HubSpot project', () => {
  it('parses and validates offline, with every card, function, the settings page and the home page', async () => {
    const nodes = await parseProject(path.join(root, 'src'));
    const uidsOf = (type: string) => nodes.filter((n) => n.type === type).map((n) => n.uid);
    expect(uidsOf('APPLICATION')).toEqual(['care_model_app']);
    expect(uidsOf('CARD')).toEqual(['care_model_card']);
    expect(uidsOf('SETTINGS')).toEqual(['care_model_settings']);
    expect(uidsOf('PAGE')).toEqual(['care_model_home']);
    expect(uidsOf('APP_FUNCTION').sort()).toEqual([...functionNames].sort());
    expect(uidsOf('SERVERLESS_PACKAGE')).toHaveLength(1);
  });

  it('points every card, settings and page entrypoint at a file that exists', async () => {
    const nodes = await parseProject(path.join(root, 'src'));
    const frontEnds = nodes.filter((n) => ['CARD', 'SETTINGS', 'PAGE'].includes(n.type));
    expect(frontEnds.length).toBeGreaterThanOrEqual(3);
    for (const node of frontEnds) {
      const entrypoint = entrypointOf(node.config);
      expect(entrypoint).not.toBeNull();
      expect(fs.existsSync(path.join(root, 'src', entrypoint ?? ''))).toBe(true);
    }
  });
});

describe('a broken project is rejected', () => {
  let dir: string;
  const src = () => path.join(dir, 'src');
  const cardMeta = () => path.join(src(), 'app/cards/care-model-card-hsmeta.json');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'care-model-project-'));
    fs.cpSync(path.join(root, 'src'), src(), {
      recursive: true,
      filter: (from) => !from.includes('node_modules'),
    });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts the unchanged copy', async () => {
    const uids = async (dir: string) => (await parseProject(dir)).map((n) => n.uid).sort();
    expect(await uids(src())).toEqual(await uids(path.join(root, 'src')));
  });

  it('rejects invalid JSON', async () => {
    fs.writeFileSync(cardMeta(), '{ "uid": "care_model_card", ');
    await expect(parseProject(src())).rejects.toThrow(
      /care-model-card-hsmeta\.json:\s+- Invalid JSON/,
    );
  });

  it('rejects a card in the wrong folder', async () => {
    fs.renameSync(cardMeta(), path.join(src(), 'app/functions/care-model-card-hsmeta.json'));
    await expect(parseProject(src())).rejects.toThrow(
      /'app\/functions' is incorrect for type 'card'/,
    );
  });

  it('rejects an hsmeta file in a nested folder, which HubSpot would skip silently', async () => {
    fs.mkdirSync(path.join(src(), 'app/cards/nested'));
    fs.renameSync(cardMeta(), path.join(src(), 'app/cards/nested/care-model-card-hsmeta.json'));
    await expect(parseProject(src())).rejects.toThrow(/Skipped .*nested/);
  });

  it('rejects an unknown config key, a bad location and a bad uid', async () => {
    const meta = JSON.parse(fs.readFileSync(cardMeta(), 'utf8'));
    meta.uid = 'care model card!';
    meta.config.location = 'crm.record.middle';
    meta.config.colour = 'blue';
    fs.writeFileSync(cardMeta(), JSON.stringify(meta));
    const failure = parseProject(src());
    await expect(failure).rejects.toThrow(/'uid' should use only letters/);
    await expect(failure).rejects.toThrow(
      /config\.location: must be equal to one of the allowed values/,
    );
    await expect(failure).rejects.toThrow(/additionalProperty: colour/);
  });

  it('rejects a second settings page', async () => {
    const settings = path.join(src(), 'app/settings');
    const [meta] = fs.readdirSync(settings).filter((f) => f.endsWith('-hsmeta.json'));
    const copy = JSON.parse(fs.readFileSync(path.join(settings, meta ?? ''), 'utf8'));
    copy.uid = 'second_settings';
    fs.writeFileSync(path.join(settings, 'second-hsmeta.json'), JSON.stringify(copy));
    await expect(parseProject(src())).rejects.toThrow(/Only one settings component is allowed/);
  });
});
