import { useCallback, useEffect, useState } from 'react';
import type {
  FunctionData,
  FunctionError,
  FunctionInput,
  FunctionName,
} from '@care-model/contract';
import { callFunction } from './callFunction';
import { useFunctionCaller } from './FunctionCaller';

/** One request, one state. */
export type RequestState<T> =
  { status: 'loading' } | { status: 'error'; error: FunctionError } | { status: 'ready'; data: T };

export interface FunctionRequest<T> {
  state: RequestState<T>;
  /** Runs the request again (the "Retry" button). */
  reload: () => void;
  /** Shows fresher data a write returned, without another call. */
  replace: (data: T) => void;
}

/** Calls a reading function on mount and whenever its parameters change. */
export function useFunction<N extends FunctionName>(
  name: N,
  parameters: FunctionInput<N>,
): FunctionRequest<FunctionData[N]> {
  const caller = useFunctionCaller();
  const [state, setState] = useState<RequestState<FunctionData[N]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(parameters);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void callFunction(caller, name, JSON.parse(key)).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', data: result.data }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [caller, name, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: FunctionData[N]) => setState({ status: 'ready', data }), []);
  return { state, reload, replace };
}
