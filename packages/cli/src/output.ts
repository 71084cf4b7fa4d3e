import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';

/** A progress display: a bar on a terminal, a plain line per step otherwise. */
export interface Progress {
  update(done: number, note?: string): void;
  stop(): void;
}

let progressShown = true;

/** The CLI's only way to print: results to stdout, problems to stderr. */
export const output = {
  /** A verb whose stdout is a log (one JSON line per event) shows no progress. */
  hideProgress(): void {
    progressShown = false;
  },
  line(text: string): void {
    process.stdout.write(`${text}\n`);
  },
  error(text: string): void {
    process.stderr.write(`${text}\n`);
  },
  json(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  },
  table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
    const table = new Table({ head: [...head], style: { head: [], border: [] } });
    for (const row of rows) table.push(row.map(String));
    process.stdout.write(`${table.toString()}\n`);
  },
  /** `total` steps of `label` (unknown: the count so far); plain lines, one per `plainEvery` steps, when stdout is no terminal. */
  progress(label: string, total: number | null, plainEvery = 100): Progress {
    if (!progressShown) return { update() {}, stop() {} };
    if (!process.stdout.isTTY) {
      let shown = -plainEvery;
      return {
        update(done, note) {
          if (done !== total && done - shown < plainEvery) return;
          shown = done;
          const of = total === null ? '' : `/${total}`;
          process.stdout.write(`${label}: ${done}${of}${note ? ` ${note}` : ''}\n`);
        },
        stop() {},
      };
    }
    const bar = new SingleBar({
      format: `${label} [{bar}] {value}/{total} {note}`,
      hideCursor: true,
      clearOnComplete: false,
    });
    bar.start(total ?? 1, 0, { note: '' });
    return {
      update(done, note) {
        if (total === null) bar.setTotal(Math.max(done, 1));
        bar.update(done, { note: note ?? '' });
      },
      stop: () => bar.stop(),
    };
  },
};
