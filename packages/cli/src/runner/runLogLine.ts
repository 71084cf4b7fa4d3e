import type { RunMode } from './runOnce';

/** One line of the runner's log on stdout: JSON, one per run start, end, error or stop. */
export type RunLogLine =
  | { event: 'start'; at: string; mode: RunMode }
  | {
      event: 'end';
      at: string;
      mode: RunMode;
      ranAs: RunMode;
      resumed: boolean;
      /** Set when the run was not what was asked for: why an incremental one ran full. */
      note?: string;
      requests: number;
      retries: number;
      companies: number;
      changed: number;
      tasksCreated: number;
      /** Companies, new tasks and closings HubSpot refused: the next tick resumes the run (0017). */
      notLanded?: number;
      durationMs: number;
    }
  | {
      event: 'error';
      at: string;
      mode: RunMode;
      /** transient: tried again at the next tick; fatal: the runner exits non-zero. */
      kind: 'transient' | 'fatal';
      message: string;
      requests: number;
      durationMs: number;
    }
  | {
      event: 'stopped';
      at: string;
      signal: string;
      /** A run was cut short at a batch boundary: the next start (or `recompute --resume`) finishes it. */
      resumable: boolean;
      requests?: number;
      durationMs?: number;
    };
