import type {
  AddAlertAction,
  AppHomeContext,
  CrmContext,
  PagesContext,
  SettingsContext,
} from '@hubspot/ui-extensions';
import { createContext, useContext, type ReactNode } from 'react';

export type PreviewContext = CrmContext | SettingsContext | AppHomeContext | PagesContext;

/** What the page gives an extension: HubSpot's context and actions, plus the page's own state. */
export interface ExtensionHost {
  context: PreviewContext;
  actions: {
    addAlert: AddAlertAction;
    refreshObjectProperties: () => void;
    reloadPage: () => void;
    fetchCrmObjectProperties: (properties: string[] | '*') => Promise<Record<string, string>>;
    onCrmPropertiesUpdate: (
      properties: string[] | '*',
      callback: (properties: Record<string, string>, error?: { message: string }) => void,
    ) => void;
    openIframeModal: (action: { uri: string }) => void;
    navigateToPage: (options: { to: string; params?: Record<string, string> }) => void;
    closeOverlay: (id: string) => void;
    copyTextToClipboard: (text: string) => Promise<void>;
  };
  /** Grows each time the record's properties were refreshed. */
  propertiesVersion: number;
  /** The app page's path (home page router). */
  pagePath: string;
}

const hostContext = createContext<ExtensionHost | null>(null);

export function HostProvider(props: { host: ExtensionHost; children: ReactNode }) {
  return <hostContext.Provider value={props.host}>{props.children}</hostContext.Provider>;
}

export function useHost(): ExtensionHost {
  const host = useContext(hostContext);
  if (!host) throw new Error('A HubSpot hook ran outside an extension of the preview.');
  return host;
}

export function useCrmObjectId(): string | undefined {
  const { context } = useHost();
  return 'crm' in context ? String(context.crm.objectId) : undefined;
}
