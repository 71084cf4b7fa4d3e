import type { CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import type { CheckpointEntry } from './checkpointEntry';

/** The fields of one company that differ from what is stored (none: unchanged). */
export interface CompanyChange {
  id: string;
  properties: Record<string, string>;
}

/** Batches in flight at once; the client's limiter still spaces every request. */
const parallelBatches = 4;
/** Evaluating longer than this without a pause would hold back the limiter's next request. */
const sliceMs = 5;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The changed companies in batches of 100, numbered; the event loop runs every few milliseconds. */
async function* batchesOf(changes: Iterable<CompanyChange>) {
  let batch: CompanyChange[] = [];
  let index = 0;
  let since = performance.now();
  for (const change of changes) {
    if (Object.keys(change.properties).length > 0) batch.push(change);
    if (batch.length === 100) {
      yield { index: index++, inputs: batch };
      batch = [];
    }
    if (performance.now() - since > sliceMs) {
      await pause();
      since = performance.now();
    }
  }
  if (batch.length > 0) yield { index, inputs: batch };
}

/**
 * Writes the changes in batch updates of 100, each as soon as it is computed. The batches are the
 * same on a resume (the changes are computed from the checkpointed reads), so batches already
 * answered are skipped; rewriting one that was in flight when the run was killed writes the same
 * values again.
 */
export async function writeChanges(
  cli: CliClient,
  changes: Iterable<CompanyChange>,
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<number> {
  const written = new Set(done.flatMap((e) => (e.kind === 'written' ? [e.batch] : [])));
  const batches = batchesOf(changes);
  const progress = output.progress('Writing', null);
  let [changed, sent] = [0, 0];
  const worker = async () => {
    for (let next = await batches.next(); !next.done; next = await batches.next()) {
      const { index, inputs } = next.value;
      if (!written.has(index)) {
        await cli.call((client) => client.crm.companies.batchApi.update({ inputs }));
        checkpoint({ kind: 'written', batch: index });
        sent += 1;
      }
      changed += inputs.length;
      progress.update(changed, 'companies changed');
    }
  };
  await Promise.all(Array.from({ length: parallelBatches }, worker));
  progress.stop();
  return sent;
}
