import type { Session } from '../previewApi';
import type { PreviewContext } from './hostContext';

export type PreviewLocale = 'en' | 'fi';

const crmLocations = [
  'crm.record.tab',
  'crm.record.sidebar',
  'crm.preview',
  'helpdesk.sidebar',
] as const;

const localeTags: Record<PreviewLocale, string> = { en: 'en-us', fi: 'fi' };

/** HubSpot's extension context for a location, as the page's header sets it (user, locale, portal, record). */
export function contextFor(
  location: string,
  session: Session,
  locale: PreviewLocale,
  objectId?: string,
): PreviewContext {
  const user = {
    ...session.user,
    emails: [session.user.email],
    roles: [],
    teams: [],
    permissions: [],
    locale: localeTags[locale],
    language: locale,
  };
  const base = {
    user,
    portal: session.portal,
    extension: { appId: 'care-model', appName: 'Care Model' },
  };
  if (location === 'settings') return { ...base, location: 'settings' };
  if (location === 'home') return { ...base, location: 'home' };
  if (location === 'pages') return { ...base, location: 'pages' };
  return {
    ...base,
    location: crmLocations.find((candidate) => candidate === location) ?? 'crm.record.tab',
    crm: { objectId: Number(objectId ?? 0), objectTypeId: '0-2' },
  };
}
