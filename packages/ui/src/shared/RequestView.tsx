import type { ReactNode } from 'react';
import { LoadingSpinner } from '@hubspot/ui-extensions';
import type { FunctionRequest } from '../serverless/useFunction';
import { ErrorView } from './ErrorView';

/** Loading spinner, readable error with retry, or the data. */
export function RequestView<T>(props: {
  request: FunctionRequest<T>;
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  const { state, reload } = props.request;
  switch (state.status) {
    case 'loading':
      return <LoadingSpinner label={props.loadingLabel} showLabel layout="centered" />;
    case 'error':
      return <ErrorView error={state.error} onRetry={reload} />;
    case 'ready':
      return <>{props.children(state.data)}</>;
  }
}
