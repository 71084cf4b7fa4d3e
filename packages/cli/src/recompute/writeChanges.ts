import type { CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import type { CheckpointEntry } from './checkpoint';

/** The fields of one company that differ from what is stored. */
export interface CompanyChange {
  id: string;
  properties: Record<string, string>;
}

/** Batches in flight at once; the client's limiter still spaces every request. */
const parallelBatches = 4;

/**
 * Writes the changes in batch updates of 100. The batches are the same on a resume (the changes are
 * computed from the checkpointed reads), so batches already answered are skipped; rewriting one that
 * was in flight when the run was killed writes the same values again.
 */
export async function writeChanges(
  cli: CliClient,
  changes: readonly CompanyChange[],
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<number> {
  const written = new Set(done.flatMap((e) => (e.kind === 'written' ? [e.batch] : [])));
  const batches = Math.ceil(changes.length / 100);
  const pending = Array.from({ length: batches }, (_, i) => i).filter((i) => !written.has(i));
  const progress = output.progress('Writing', changes.length);
  let finished =
    changes.length - pending.reduce((sum, i) => sum + Math.min(100, changes.length - i * 100), 0);
  const worker = async () => {
    for (let index = pending.shift(); index !== undefined; index = pending.shift()) {
      const inputs = changes.slice(index * 100, index * 100 + 100);
      await cli.call((client) => client.crm.companies.batchApi.update({ inputs }));
      checkpoint({ kind: 'written', batch: index });
      finished += inputs.length;
      progress.update(Math.max(0, Math.min(finished, changes.length)));
    }
  };
  await Promise.all(Array.from({ length: parallelBatches }, worker));
  progress.stop();
  return batches - written.size;
}
