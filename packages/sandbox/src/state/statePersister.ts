import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { type StateFile, serializeStore, stateFileSchema } from './stateFile';
import type { Store } from './store';

/** Writes the whole state to a temp file and renames it over the old one, so a crash never leaves half a file. */
export class StatePersister {
  private dirty = false;
  private writing: Promise<void> | undefined;
  private generation = 0;

  constructor(
    private readonly path: string,
    private readonly store: Store,
  ) {}

  markChanged(): void {
    this.dirty = true;
  }

  /** Resolves once every change made before the call is on disk; concurrent callers share writes. */
  async flush(): Promise<void> {
    while (this.dirty || this.writing) {
      if (this.writing) {
        await this.writing;
        continue;
      }
      this.dirty = false;
      this.writing = this.write().finally(() => {
        this.writing = undefined;
      });
    }
  }

  private async write(): Promise<void> {
    this.generation += 1;
    const temp = `${this.path}.${process.pid}.${this.generation}.tmp`;
    await writeFile(temp, JSON.stringify(serializeStore(this.store)));
    await rename(temp, this.path);
  }
}

export async function readStateFile(path: string): Promise<StateFile | undefined> {
  if (!existsSync(path)) return undefined;
  const parsed = stateFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `State file ${path} is not a sandbox state: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return parsed.data;
}
