import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionData } from '@care-model/contract';
import { callFunction } from '../serverless/callFunction';
import { useFunctionCaller } from '../serverless/FunctionCaller';

type Answer = FunctionData['recompute_portfolio'];

/** While another admin's step runs, ask again after this long. */
const busyWaitMs = 2000;
/** How often a start that lost to another admin's looks for that run before giving up. */
const waitsForOtherStart = 10;
/** The key is typed a letter at a time: the run's state is read once typing pauses. */
const typingPauseMs = 600;

/** The section's one state: the last answer, what the page is doing, and the last failure. */
interface RunState {
  answer: Answer | null;
  activity: 'idle' | 'checking' | 'running';
  /** The run was under way when the key was entered: the page goes on with it. */
  resumed: boolean;
  error: string | null;
}

export interface RecomputeRunView extends RunState {
  start: (syncTasks: boolean) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unfinished = (answer: Answer) => answer.run !== null && answer.run.phase !== 'done';

/**
 * Drives the in-app recompute (decision 0018): one `recompute_portfolio` step after another until
 * the run is done; reads the run when the admin key is entered and continues one under way.
 */
export function useRecomputeRun(adminKey: string): RecomputeRunView {
  const caller = useFunctionCaller();
  const [state, setState] = useState<RunState>({
    answer: null,
    activity: 'idle',
    resumed: false,
    error: null,
  });
  const update = (patch: Partial<RunState>) => setState((previous) => ({ ...previous, ...patch }));
  const alive = useRef(true);
  const driving = useRef(false);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const drive = useCallback(
    async (first: 'start' | 'step', syncTasks: boolean) => {
      if (driving.current) return;
      driving.current = true;
      update({ activity: 'running', error: null });
      let action = first;
      let expected = 0;
      try {
        for (let waits = 0; alive.current;) {
          const result = await callFunction(caller, 'recompute_portfolio', {
            action,
            syncTasks,
            ...(adminKey === '' ? {} : { adminKey }),
          });
          if (!alive.current) return;
          if (!result.ok) {
            update({ error: result.error.message });
            return;
          }
          const { run, busy } = result.data;
          if (action === 'start' && busy) expected = (run?.run ?? 0) + 1;
          const waiting = (run?.run ?? 0) < expected;
          update({ answer: result.data });
          if (!busy && !waiting && !unfinished(result.data)) return;
          if (busy || waiting) {
            waits += 1;
            if (waiting && waits > waitsForOtherStart) return;
            await sleep(busyWaitMs);
          }
          action = 'step';
        }
      } finally {
        driving.current = false;
        if (alive.current) update({ activity: 'idle' });
      }
    },
    [caller, adminKey],
  );

  useEffect(() => {
    if (adminKey === '') return;
    const timer = setTimeout(() => {
      if (driving.current) return;
      update({ activity: 'checking' });
      void callFunction(caller, 'recompute_portfolio', { action: 'status', adminKey }).then(
        (result) => {
          if (!alive.current || driving.current) return;
          if (!result.ok) {
            update({ activity: 'idle' });
            return;
          }
          const resumed = unfinished(result.data);
          update({ answer: result.data, activity: 'idle', resumed });
          if (resumed) void drive('step', false);
        },
      );
    }, typingPauseMs);
    return () => clearTimeout(timer);
  }, [adminKey, caller, drive]);

  const start = useCallback((syncTasks: boolean) => void drive('start', syncTasks), [drive]);
  return { ...state, start };
}
