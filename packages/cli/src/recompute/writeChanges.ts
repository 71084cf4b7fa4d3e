import { batchAnswerSchema } from '@care-model/hubspot';
import type { CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import type { CheckpointEntry } from './checkpointEntry';
import type { CompanyChange } from './companyChange';
import type { Recheck } from './recheck';

/** Batches in flight at once; the client's limiter still spaces every request. */
const parallelBatches = 4;
/** Evaluating longer than this without a pause would hold back the limiter's next request. */
const sliceMs = 5;

/** Sends of a batch's companies HubSpot refused in a 207 (the first send included). */
const sends = 3;

/** What the writes did: batch updates sent, companies HubSpot refused however often they were sent. */
export interface WriteResult {
  batches: number;
  notWritten: number;
}

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

/** Sends one batch update; the companies a 207 refused are sent again. Answers those never written. */
async function writeBatch(cli: CliClient, inputs: readonly CompanyChange[]) {
  let open = inputs.filter((change) => Object.keys(change.properties).length > 0);
  for (let send = 1; open.length > 0 && send <= sends; send += 1) {
    const answer = batchAnswerSchema.parse(
      await cli.call((client) => client.crm.companies.batchApi.update({ inputs: [...open] })),
    );
    const written = new Set(answer.results.map((company) => company.id));
    open = open.filter((change) => !written.has(change.id));
  }
  return open;
}

/**
 * Writes the changes in batch updates of 100, each as soon as it is computed. The batches are the
 * same on a resume (the changes are computed from the checkpointed reads), so batches already
 * answered are skipped; rewriting one that was in flight when the run was killed writes the same
 * values again. A batch with a company HubSpot refused is not checkpointed: a resume sends it again.
 * Each batch is rechecked first (`recheck.ts`): a company a card action changed after the run read
 * it is evaluated again on its fields now, never overwritten with older values.
 */
export async function writeChanges(
  cli: CliClient,
  changes: Iterable<CompanyChange>,
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
  recheck: Recheck,
): Promise<WriteResult> {
  const written = new Set(done.flatMap((e) => (e.kind === 'written' ? [e.batch] : [])));
  const batches = batchesOf(changes);
  const progress = output.progress('Writing', null);
  let [changed, sent, notWritten] = [0, 0, 0];
  const worker = async () => {
    for (let next = await batches.next(); !next.done; next = await batches.next()) {
      const { index, inputs } = next.value;
      if (!written.has(index)) {
        const refused = await writeBatch(cli, await recheck(inputs));
        if (refused.length === 0) checkpoint({ kind: 'written', batch: index });
        notWritten += refused.length;
        sent += 1;
      }
      changed += inputs.length;
      progress.update(changed, 'companies changed');
    }
  };
  await Promise.all(Array.from({ length: parallelBatches }, worker));
  progress.stop();
  return { batches: sent, notWritten };
}
