import type { ReactNode } from 'react';

/** A component the preview does not draw yet: shown, named, never silently dropped. */
export function missing(name: string) {
  function Missing(props: { children?: ReactNode }) {
    return (
      <div className="hs-missing" data-missing-component={name}>
        <strong>{name}</strong> is not implemented in the preview
        {props.children ? <div>{props.children}</div> : null}
      </div>
    );
  }
  Missing.displayName = `Missing(${name})`;
  return Missing;
}
