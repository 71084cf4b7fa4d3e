import type {
  AnyRouteProps,
  IndexRouteProps,
  MatchedPageRoute,
  PageRoutesLayoutComponent,
  PageRoutesProps,
  RouteProps,
} from '@hubspot/ui-extensions/pages';
import {
  Children,
  createContext,
  Fragment,
  isValidElement,
  useContext,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';
import { useHost } from '../host/hostContext';

export function PageRoutes(_props: PageRoutesProps): null {
  return null;
}
PageRoutes.IndexRoute = (_props: IndexRouteProps): null => null;
PageRoutes.Route = (_props: RouteProps): null => null;
PageRoutes.AnyRoute = (_props: AnyRouteProps): null => null;

interface RouteEntry {
  path: string;
  any: boolean;
  id?: string;
  component: ComponentType;
  layouts: PageRoutesLayoutComponent[];
}

const join = (prefix: string, path: string) =>
  `/${[prefix, path].join('/').split('/').filter(Boolean).join('/')}`;

function collect(
  children: ReactNode,
  prefix: string,
  layouts: PageRoutesLayoutComponent[],
  out: RouteEntry[],
) {
  Children.forEach(children, (child) => {
    if (!isValidElement<Record<string, unknown>>(child)) return;
    const props = child.props;
    if (child.type === Fragment) return collect(props.children as ReactNode, prefix, layouts, out);
    if (child.type === PageRoutes) {
      const routes = props as unknown as PageRoutesProps;
      const inner = routes.layoutComponent ? [...layouts, routes.layoutComponent] : layouts;
      return collect(routes.children, join(prefix, routes.path ?? ''), inner, out);
    }
    const route = props as unknown as RouteProps;
    const entry = { id: route.id, component: route.component, layouts };
    if (child.type === PageRoutes.IndexRoute)
      out.push({ ...entry, path: join(prefix, ''), any: false });
    if (child.type === PageRoutes.Route)
      out.push({ ...entry, path: join(prefix, route.path), any: false });
    if (child.type === PageRoutes.AnyRoute)
      out.push({ ...entry, path: join(prefix, ''), any: true });
  });
}

function match(entry: RouteEntry, path: string): Record<string, string> | null {
  const want = entry.path.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (entry.any) return want.every((part, i) => part === have[i]) ? {} : null;
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

const routeContext = createContext<MatchedPageRoute>({ path: '/', params: {} });
export const usePageRoute = () => useContext(routeContext);

/** The pages router: the first exact route wins, then the deepest "any" route. */
export function createPageRouter(routes: ReactElement<PageRoutesProps> | ReactElement) {
  const entries: RouteEntry[] = [];
  collect(routes, '', [], entries);
  const exact = entries.filter((entry) => !entry.any);
  const fallbacks = entries
    .filter((entry) => entry.any)
    .sort((a, b) => b.path.length - a.path.length);
  return function PageRouter() {
    const path = useHost().pagePath;
    for (const entry of [...exact, ...fallbacks]) {
      const params = match(entry, path);
      if (!params) continue;
      const Page = entry.component;
      const page = entry.layouts.reduceRight<ReactNode>(
        (inner, Layout) => <Layout>{inner}</Layout>,
        <Page />,
      );
      return (
        <routeContext.Provider value={{ routeId: entry.id, path, params }}>
          {page}
        </routeContext.Provider>
      );
    }
    return <div className="hs-missing">No page route matches {path}</div>;
  };
}
