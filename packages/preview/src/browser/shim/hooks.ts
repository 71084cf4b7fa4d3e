import { useEffect, useState } from 'react';
import { useHost } from '../host/hostContext';
import { callServerless } from '../host/serverless';

export const useExtensionContext = () => useHost().context;
export const useExtensionActions = () => useHost().actions;

/** The deprecated `runServerlessFunction`, answered in its old envelope. */
export async function runServerlessFunction(request: {
  name: string;
  parameters?: unknown;
  propertiesToSend?: string[];
}) {
  try {
    const response = await callServerless(request.name, request);
    return { status: 'SUCCESS' as const, response };
  } catch (error) {
    return {
      status: 'ERROR' as const,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export function useExtensionApi() {
  const host = useHost();
  return { context: host.context, actions: host.actions, runServerlessFunction };
}

export function useDebounce<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
