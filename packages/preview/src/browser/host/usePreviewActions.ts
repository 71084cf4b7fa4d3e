import { useMemo, useState } from 'react';
import { readRecordProperties } from './records';
import type { ExtensionHost } from './hostContext';

export interface PreviewAlert {
  id: number;
  type: 'info' | 'warning' | 'success' | 'danger' | 'tip';
  title?: string;
  message: string;
}

type Listener = (properties: Record<string, string>) => void;

/** The page's side of HubSpot's actions: alerts, property refreshes, navigation between app pages. */
export function usePreviewActions(
  objectId: string | undefined,
  navigate: (pagePath: string) => void,
) {
  const [alerts, setAlerts] = useState<PreviewAlert[]>([]);
  const [propertiesVersion, setPropertiesVersion] = useState(0);
  const actions = useMemo<ExtensionHost['actions']>(() => {
    const listeners: { names: string[] | '*'; listener: Listener }[] = [];
    const read = async (names: string[] | '*') => {
      if (objectId === undefined) return {};
      const values = await readRecordProperties(objectId, names === '*' ? [] : names);
      return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ?? '']));
    };
    return {
      addAlert: (alert) => {
        const id = Date.now() + Math.random();
        setAlerts((list) => [
          ...list,
          { id, type: alert.type ?? 'info', title: alert.title, message: alert.message },
        ]);
        setTimeout(() => setAlerts((list) => list.filter((item) => item.id !== id)), 8000);
      },
      refreshObjectProperties: () => {
        setPropertiesVersion((n) => n + 1);
        for (const { names, listener } of listeners) void read(names).then(listener);
      },
      reloadPage: () => window.location.reload(),
      fetchCrmObjectProperties: read,
      onCrmPropertiesUpdate: (names, callback) => {
        listeners.push({ names, listener: callback });
        void read(names).then(callback);
      },
      openIframeModal: (action) => void window.open(action.uri, '_blank', 'noreferrer'),
      navigateToPage: ({ to, params = {} }) =>
        navigate(
          to.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? '')),
        ),
      closeOverlay: () => undefined,
      copyTextToClipboard: (text) => navigator.clipboard.writeText(text),
    };
  }, [objectId, navigate]);
  const dismiss = (id: number) => setAlerts((list) => list.filter((item) => item.id !== id));
  return { actions, alerts, dismiss, propertiesVersion };
}
