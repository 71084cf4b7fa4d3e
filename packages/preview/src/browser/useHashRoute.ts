import { useEffect, useState } from 'react';

/** Where the page is: `#/companies`, `#/company/<id>`, `#/settings`, `#/home/<page path>`. */
export type PreviewRoute =
  | { view: 'companies' }
  | { view: 'company'; companyId: string }
  | { view: 'settings' }
  | { view: 'home'; pagePath: string };

export function parseRoute(hash: string): PreviewRoute {
  const [first = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'company' && rest[0]) return { view: 'company', companyId: rest[0] };
  if (first === 'settings') return { view: 'settings' };
  if (first === 'home') return { view: 'home', pagePath: `/${rest.join('/')}` };
  return { view: 'companies' };
}

export const routeHref = (route: PreviewRoute): string => {
  if (route.view === 'company') return `#/company/${route.companyId}`;
  if (route.view === 'home') return `#/home${route.pagePath === '/' ? '' : route.pagePath}`;
  return `#/${route.view}`;
};

export function useHashRoute(): PreviewRoute {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
