import type { ModalProps, PanelProps, Reactions, ReactionsHandler } from '@hubspot/ui-extensions';
import {
  createContext,
  isValidElement,
  useContext,
  useMemo,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { ExtensionEvent } from './events';

interface OverlayState {
  open: ReadonlySet<string>;
  reactions: Reactions;
}

const overlayContext = createContext<OverlayState | null>(null);

/** Which Modal/Panel ids are open; one per extension, like HubSpot's overlay host. */
export function OverlayProvider(props: { children: ReactNode }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<OverlayState>(() => {
    const show = (id: string) => setOpen((ids) => new Set(ids).add(id));
    const hide = (id: string) =>
      setOpen((ids) => new Set([...ids].filter((openId) => openId !== id)));
    return {
      open,
      reactions: { openModal: show, openPanel: show, closeModal: hide, closePanel: hide },
    };
  }, [open]);
  return <overlayContext.Provider value={value}>{props.children}</overlayContext.Provider>;
}

const noReactions: Reactions = {
  openModal: () => undefined,
  openPanel: () => undefined,
  closeModal: () => undefined,
  closePanel: () => undefined,
};

export function useOverlays(): OverlayState {
  return useContext(overlayContext) ?? { open: new Set(), reactions: noReactions };
}

export const toExtensionEvent = (event: SyntheticEvent) =>
  new ExtensionEvent({ type: event.type, bubbles: event.bubbles, timeStamp: event.timeStamp });

const overlayId = (overlay: ReactNode): string | undefined =>
  isValidElement<{ id?: unknown }>(overlay) && typeof overlay.props.id === 'string'
    ? overlay.props.id
    : undefined;

/** A clickable component's `onClick(event, reactions)` and its `overlay` prop. */
export function useReactions(overlay: ReactNode) {
  const { reactions } = useOverlays();
  return {
    overlay,
    click(handler: ReactionsHandler<ExtensionEvent> | undefined, event: SyntheticEvent) {
      const id = overlayId(overlay);
      if (id !== undefined) reactions.openModal(id);
      void handler?.(toExtensionEvent(event), reactions);
    },
  };
}

function Overlay(props: (ModalProps | PanelProps) & { kind: 'modal' | 'panel' }) {
  const { open, reactions } = useOverlays();
  if (!open.has(props.id)) return null;
  const close = () => {
    reactions.closeModal(props.id);
    props.onClose?.();
  };
  return (
    <div className="hs-overlay" onClick={close}>
      <div
        role="dialog"
        aria-label={props['aria-label'] ?? props.title}
        className={`hs-${props.kind} hs-${props.kind}--${props.width ?? 'md'}`}
        onClick={(event) => event.stopPropagation()}
      >
        <div className="hs-overlay-header">
          <span>{props.title}</span>
          <button type="button" className="hs-overlay-close" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
        {props.children}
      </div>
    </div>
  );
}

export const Modal = (props: ModalProps) => <Overlay {...props} kind="modal" />;
export const Panel = (props: PanelProps) => <Overlay {...props} kind="panel" />;
const section = (className: string) =>
  function OverlaySection(props: { children?: ReactNode }) {
    return <div className={className}>{props.children}</div>;
  };
export const ModalBody = section('hs-overlay-body');
export const ModalFooter = section('hs-overlay-footer');
export const PanelBody = section('hs-overlay-body');
export const PanelSection = section('hs-panel-section');
export const PanelFooter = section('hs-overlay-footer');
