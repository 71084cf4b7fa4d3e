import type { PreviewAlert } from './host/usePreviewActions';

const variant = (type: PreviewAlert['type']) => (type === 'danger' ? 'error' : type);

/** The banners HubSpot shows for `actions.addAlert`. */
export function AlertStack(props: { alerts: PreviewAlert[]; onDismiss: (id: number) => void }) {
  return (
    <div className="preview-alerts" aria-live="polite">
      {props.alerts.map((alert) => (
        <div
          key={alert.id}
          role="status"
          className={`hs-alert hs-alert--${variant(alert.type)} preview-toast`}
        >
          <button
            type="button"
            className="hs-overlay-close"
            aria-label="Dismiss"
            onClick={() => props.onDismiss(alert.id)}
          >
            ×
          </button>
          {alert.title ? <div className="hs-alert-title">{alert.title}</div> : null}
          <div className="hs-alert-body">{alert.message}</div>
        </div>
      ))}
    </div>
  );
}
