import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CliFailure } from '../cli/cliFailure';

/** What a run was started with; a resume must find the same target, `now` and config version. */
export const manifestSchema = z.object({
  baseUrl: z.string(),
  now: z.string(),
  timeZone: z.string(),
  configVersion: z.number(),
  syncTasks: z.boolean(),
  /** The portal's latest modification before the run read anything (epoch ms): the next cursor. */
  changeMarkMs: z.number().optional(),
  phase: z.enum(['running', 'done']),
  /** Stamped on the run's claims and its lease (decision 0017); absent in a manifest from before. */
  runId: z.string().optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

const storedManifestSchema = manifestSchema.extend({ mac: z.string() });

/** The digest key of a run directory: only a holder of the token has it (the manifest names the portal). */
export function runStoreKey(target: { token: string }): Buffer {
  return createHmac('sha256', target.token).update('care-model recompute checkpoint').digest();
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const refusal = (path: string) =>
  `${path} was not written by a recompute of this portal with this token (edited, or from another run): start a new run without --resume.`;

/**
 * A run directory: `manifest.json` (replaced atomically) and `checkpoint.jsonl` (appended, fsynced).
 * The manifest and every line carry a keyed digest (HMAC of the token): an edited or foreign file
 * is refused; each line is bound to the run's id (decision 0017).
 */
export class RunStore {
  private fd: number | undefined;
  private runId = '';

  constructor(
    readonly dir: string,
    private readonly key: Buffer,
  ) {}

  private mac(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex').slice(0, 32);
  }

  private lineMac(body: string): string {
    return this.mac(`${this.runId}\n${body}`);
  }

  private get manifestPath() {
    return join(this.dir, 'manifest.json');
  }

  private get checkpointPath() {
    return join(this.dir, 'checkpoint.jsonl');
  }

  readManifest(): Manifest | undefined {
    let text: string;
    try {
      text = readFileSync(this.manifestPath, 'utf8');
    } catch {
      return undefined;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new CliFailure(`${this.manifestPath} is not a recompute manifest.`);
    }
    const parsed = storedManifestSchema.safeParse(raw);
    if (!parsed.success) throw new CliFailure(`${this.manifestPath} is not a recompute manifest.`);
    const { mac, ...manifest } = parsed.data;
    if (!sameText(mac, this.mac(JSON.stringify(manifestSchema.parse(manifest)))))
      throw new CliFailure(refusal(this.manifestPath));
    this.runId = manifest.runId ?? '';
    return manifest;
  }

  /** Write to a temporary file, fsync, rename: a reader sees the old or the new manifest, whole. */
  writeManifest(manifest: Manifest): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.manifestPath}.tmp`;
    const fd = openSync(temporary, 'w');
    const stored = manifestSchema.parse(manifest);
    writeSync(fd, JSON.stringify({ ...stored, mac: this.mac(JSON.stringify(stored)) }));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, this.manifestPath);
    this.runId = manifest.runId ?? '';
  }

  /** A run was left unfinished here (or a file this store refuses, which a new run replaces). */
  isUnfinished(): boolean {
    try {
      return this.readManifest()?.phase === 'running';
    } catch (caught) {
      if (caught instanceof CliFailure) return true;
      throw caught;
    }
  }

  /** A new run: the old checkpoint is dropped. */
  start(manifest: Manifest): void {
    this.writeManifest({ ...manifest, phase: 'running' });
    rmSync(this.checkpointPath, { force: true });
  }

  /**
   * Every whole checkpoint line. A torn last line (killed mid-write) is cut off so appends start on a
   * clean line; a damaged line before the last is refused.
   */
  entries(): unknown[] {
    let text: string;
    try {
      text = readFileSync(this.checkpointPath, 'utf8');
    } catch {
      return [];
    }
    const lines = text.split('\n');
    const entries: unknown[] = [];
    let wholeBytes = 0;
    lines.forEach((line, index) => {
      const cut = line.indexOf(' ');
      const body = line.slice(cut + 1);
      const last = index === lines.length - 1;
      const whole = !last && cut === 32 && sameText(line.slice(0, cut), this.lineMac(body));
      if (whole) {
        entries.push(JSON.parse(body));
        wholeBytes += Buffer.byteLength(line) + 1;
      } else if (!last) throw new CliFailure(`${refusal(this.checkpointPath)} (line ${index + 1})`);
    });
    if (wholeBytes < Buffer.byteLength(text)) truncateSync(this.checkpointPath, wholeBytes);
    return entries;
  }

  /** Appends one entry and fsyncs it: once this returns, a resume will see it. */
  append(entry: unknown): void {
    this.fd ??= openSync(this.checkpointPath, 'a');
    const body = JSON.stringify(entry);
    writeSync(this.fd, `${this.lineMac(body)} ${body}\n`);
    fsyncSync(this.fd);
  }

  finish(manifest: Manifest): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.writeManifest({ ...manifest, phase: 'done' });
    rmSync(this.checkpointPath, { force: true });
  }
}
