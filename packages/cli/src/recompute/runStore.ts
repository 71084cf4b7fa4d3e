import { createHash } from 'node:crypto';
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
  phase: z.enum(['running', 'done']),
});
export type Manifest = z.infer<typeof manifestSchema>;

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A run directory: `manifest.json` (replaced atomically) and `checkpoint.jsonl` (appended, fsynced). */
export class RunStore {
  private fd: number | undefined;

  constructor(readonly dir: string) {}

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
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new CliFailure(`${this.manifestPath} is not a recompute manifest.`);
    return parsed.data;
  }

  /** Write to a temporary file, fsync, rename: a reader sees the old or the new manifest, whole. */
  writeManifest(manifest: Manifest): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.manifestPath}.tmp`;
    const fd = openSync(temporary, 'w');
    writeSync(fd, JSON.stringify(manifest));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, this.manifestPath);
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
      const whole = index < lines.length - 1 && cut === 16 && line.slice(0, cut) === digest(body);
      if (whole) {
        entries.push(JSON.parse(body));
        wholeBytes += Buffer.byteLength(line) + 1;
      } else if (index < lines.length - 1)
        throw new CliFailure(
          `${this.checkpointPath} is damaged at line ${index + 1}; start a new run.`,
        );
    });
    if (wholeBytes < Buffer.byteLength(text)) truncateSync(this.checkpointPath, wholeBytes);
    return entries;
  }

  /** Appends one entry and fsyncs it: once this returns, a resume will see it. */
  append(entry: unknown): void {
    this.fd ??= openSync(this.checkpointPath, 'a');
    const body = JSON.stringify(entry);
    writeSync(this.fd, `${digest(body)} ${body}\n`);
    fsyncSync(this.fd);
  }

  finish(manifest: Manifest): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.writeManifest({ ...manifest, phase: 'done' });
    rmSync(this.checkpointPath, { force: true });
  }
}
