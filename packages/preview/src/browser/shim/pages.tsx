import type { HeaderActionButtonProps } from '@hubspot/ui-extensions';
import type {
  PageBreadcrumbsPageLinkProps,
  PageHeaderLinkProps,
  PageLinkProps,
  PageTitleProps,
} from '@hubspot/ui-extensions/pages';
import type { ReactNode } from 'react';
import { useHost } from '../host/hostContext';
import { Button } from './buttons';

export { createPageRouter, PageRoutes, usePageRoute } from './pageRouter';

const toPath = (to: string, params: Record<string, string> = {}) =>
  to.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

export function PageLink(props: PageLinkProps | PageBreadcrumbsPageLinkProps) {
  const { actions } = useHost();
  return (
    <a
      className="hs-link"
      href={`#${toPath(props.to, props.params)}`}
      onClick={(event) => {
        event.preventDefault();
        actions.navigateToPage({ to: props.to, params: props.params });
      }}
    >
      {props.children}
    </a>
  );
}

export const PageTitle = (props: PageTitleProps) => (
  <h1 className="hs-page-title">{props.children}</h1>
);

const slot = (className: string) =>
  function PageSlot(props: { children?: ReactNode }) {
    return <div className={className}>{props.children}</div>;
  };

export const PageHeader = Object.assign(slot('hs-page-header'), {
  PrimaryAction: slot('hs-page-header-primary'),
  SecondaryActions: slot('hs-page-header-secondary'),
  Link: (props: PageHeaderLinkProps) => (
    <Button
      variant="transparent"
      href={props.href}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      {props.children}
    </Button>
  ),
  PageLink,
});

export const PageBreadcrumbs = Object.assign(slot('hs-breadcrumbs'), {
  PageLink,
  Current: slot('hs-breadcrumb-current'),
});

export const HeaderActions = slot('hs-header-actions');
export const PrimaryHeaderActionButton = (props: HeaderActionButtonProps) => (
  <Button {...props} variant="primary" />
);
export const SecondaryHeaderActionButton = (props: HeaderActionButtonProps) => (
  <Button {...props} variant="secondary" />
);
