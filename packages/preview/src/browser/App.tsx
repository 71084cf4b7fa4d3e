import { useCallback, useEffect, useMemo, useState } from 'react';
import { extensions, type PreviewExtension } from 'virtual:care-model-extensions';
import { AlertStack } from './AlertStack';
import { CompanyPicker } from './CompanyPicker';
import { contextFor, type PreviewLocale } from './host/contextFor';
import { ExtensionView } from './host/ExtensionView';
import type { ExtensionHost } from './host/hostContext';
import { setServerlessRecord } from './host/serverless';
import { usePreviewActions } from './host/usePreviewActions';
import { fetchSession, type Session } from './previewApi';
import { RecordPage } from './RecordPage';
import { routeHref, useHashRoute } from './useHashRoute';
import { TopNav } from './TopNav';

const storedLocale = (): PreviewLocale =>
  localStorage.getItem('preview-locale') === 'fi' ? 'fi' : 'en';

function Extensions(props: {
  list: PreviewExtension[];
  what: string;
  render: (e: PreviewExtension) => JSX.Element;
}) {
  if (props.list.length === 0) {
    return (
      <div className="hs-alert hs-alert--warning preview-page">
        The project has no {props.what} yet.
      </div>
    );
  }
  return (
    <main className="preview-page">
      {props.list.map((extension) => (
        <div key={extension.uid}>{props.render(extension)}</div>
      ))}
    </main>
  );
}

export function App() {
  const route = useHashRoute();
  const [locale, setLocale] = useState<PreviewLocale>(storedLocale);
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => void fetchSession().then(setSession), []);
  const objectId = route.view === 'company' ? route.companyId : undefined;
  setServerlessRecord(objectId);
  const navigate = useCallback((pagePath: string) => {
    window.location.hash = routeHref({ view: 'home', pagePath });
  }, []);
  const { actions, alerts, dismiss, propertiesVersion } = usePreviewActions(objectId, navigate);
  const pagePath = route.view === 'home' ? route.pagePath : '/';
  const render = useMemo(
    () =>
      function renderExtension(extension: PreviewExtension, framed = false) {
        if (!session) return <span className="hs-spinner" />;
        const context = contextFor(extension.location, session, locale, objectId);
        const host: ExtensionHost = { context, actions, propertiesVersion, pagePath };
        return (
          <ExtensionView
            key={`${extension.uid}:${objectId ?? ''}`}
            extension={extension}
            host={host}
            framed={framed}
          />
        );
      },
    [session, locale, objectId, actions, propertiesVersion, pagePath],
  );
  const chooseLocale = (next: PreviewLocale) => {
    localStorage.setItem('preview-locale', next);
    setLocale(next);
  };
  return (
    <div className="preview">
      <TopNav route={route} locale={locale} onLocale={chooseLocale} session={session} />
      <AlertStack alerts={alerts} onDismiss={dismiss} />
      {route.view === 'companies' ? <CompanyPicker locale={locale} /> : null}
      {route.view === 'company' ? (
        <RecordPage
          companyId={route.companyId}
          locale={locale}
          propertiesVersion={propertiesVersion}
          cards={extensions.filter((e) => e.type === 'card')}
          renderCard={(card) => render(card, true)}
        />
      ) : null}
      {route.view === 'settings' ? (
        <Extensions
          list={extensions.filter((e) => e.type === 'settings')}
          what="settings page"
          render={render}
        />
      ) : null}
      {route.view === 'home' ? (
        <Extensions
          list={extensions.filter((e) => e.type === 'page')}
          what="home page"
          render={render}
        />
      ) : null}
    </div>
  );
}
