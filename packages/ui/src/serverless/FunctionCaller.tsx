import { createContext, useContext, type ReactNode } from 'react';
import { hubspot } from '@hubspot/ui-extensions';
import type { ServerlessCaller } from './callFunction';

const callerContext = createContext<ServerlessCaller>((name, options) =>
  hubspot.serverless(name, options),
);

/** Replaces how functions are called below it (tests pass a fake). */
export function FunctionCallerProvider(props: { caller: ServerlessCaller; children: ReactNode }) {
  return <callerContext.Provider value={props.caller}>{props.children}</callerContext.Provider>;
}

export const useFunctionCaller = (): ServerlessCaller => useContext(callerContext);
