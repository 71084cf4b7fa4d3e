import type { PreviewLocale } from './host/contextFor';
import type { Session } from './previewApi';
import type { PreviewRoute } from './useHashRoute';

const links = [
  { href: '#/companies', label: 'Companies', views: ['companies', 'company'] },
  { href: '#/home', label: 'Care model home', views: ['home'] },
  { href: '#/settings', label: 'Settings', views: ['settings'] },
];

/** HubSpot's dark top bar: the app's places, the portal, and the user's language. */
export function TopNav(props: {
  route: PreviewRoute;
  locale: PreviewLocale;
  onLocale: (locale: PreviewLocale) => void;
  session: Session | null;
}) {
  return (
    <header className="preview-nav">
      <span className="preview-logo">Care Model · preview</span>
      <nav>
        {links.map((link) => (
          <a
            key={link.href}
            href={link.href}
            className="preview-nav-link"
            aria-current={link.views.includes(props.route.view) ? 'page' : undefined}
          >
            {link.label}
          </a>
        ))}
      </nav>
      <span className="preview-nav-spacer" />
      {props.session ? (
        <span className="preview-portal">
          Portal {props.session.portal.id} · {props.session.portal.timezone}
        </span>
      ) : null}
      <label className="preview-locale">
        Language
        <select
          value={props.locale}
          onChange={(event) => props.onLocale(event.target.value === 'fi' ? 'fi' : 'en')}
        >
          <option value="en">English</option>
          <option value="fi">Suomi</option>
        </select>
      </label>
    </header>
  );
}
