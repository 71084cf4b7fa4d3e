import { useCallback, useState } from 'react';
import type {
  FunctionData,
  FunctionInput,
  FunctionName,
  FunctionResult,
} from '@care-model/contract';
import { callFunction } from './callFunction';
import { useFunctionCaller } from './FunctionCaller';

/** Which write is running, if any: one state for all the buttons of a view. */
export interface Actions<Id extends string> {
  running: Id | null;
  run: <N extends FunctionName>(
    id: Id,
    name: N,
    parameters: FunctionInput<N>,
  ) => Promise<FunctionResult<FunctionData[N]>>;
}

export function useActions<Id extends string>(): Actions<Id> {
  const caller = useFunctionCaller();
  const [running, setRunning] = useState<Id | null>(null);
  const run = useCallback(
    async <N extends FunctionName>(id: Id, name: N, parameters: FunctionInput<N>) => {
      setRunning(id);
      try {
        return await callFunction(caller, name, parameters);
      } finally {
        setRunning(null);
      }
    },
    [caller],
  );
  return { running, run };
}
