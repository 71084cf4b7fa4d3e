import { Component, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PreviewExtension } from 'virtual:care-model-extensions';
import { OverlayProvider } from '../shim/overlays';
import { loadExtension, type ExtensionRenderer } from './extensionRegistry';
import { HostProvider, type ExtensionHost } from './hostContext';
import { runServerlessFunction } from '../shim/hooks';

class ErrorBoundary extends Component<
  { name: string; children: ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="hs-alert hs-alert--error" role="alert">
        <div className="hs-alert-title">{this.props.name} crashed</div>
        <pre className="hs-crash">{this.state.error.message}</pre>
      </div>
    );
  }
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; renderer: ExtensionRenderer }
  | { status: 'error'; message: string };

function Rendered(props: { renderer: ExtensionRenderer; host: ExtensionHost }) {
  const { context, actions } = props.host;
  return props.renderer({ context, actions, runServerlessFunction });
}

/** One card, settings page or app page, rendered with its context and actions. */
export function ExtensionView(props: {
  extension: PreviewExtension;
  host: ExtensionHost;
  framed?: boolean;
}) {
  const { uid, load, name } = props.extension;
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    loadExtension(uid, load).then(
      (renderer) =>
        setState(
          renderer
            ? { status: 'ready', renderer }
            : { status: 'error', message: `${uid} did not call hubspot.extend.` },
        ),
      (error: Error) => setState({ status: 'error', message: error.message }),
    );
  }, [uid, load]);
  const body = useMemo(() => {
    if (state.status === 'loading')
      return (
        <div className="hs-loading">
          <span className="hs-spinner" />
        </div>
      );
    if (state.status === 'error')
      return <div className="hs-alert hs-alert--error">{state.message}</div>;
    return <Rendered renderer={state.renderer} host={props.host} />;
  }, [state, props.host]);
  return (
    <section className={props.framed ? 'hs-card-frame' : 'hs-extension'} data-extension={uid}>
      {props.framed ? <header className="hs-card-title">{name}</header> : null}
      <div className={props.framed ? 'hs-card-body' : undefined}>
        <HostProvider host={props.host}>
          <OverlayProvider>
            <ErrorBoundary name={name}>{body}</ErrorBoundary>
          </OverlayProvider>
        </HostProvider>
      </div>
    </section>
  );
}
