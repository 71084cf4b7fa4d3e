import type { ButtonProps, ButtonRowProps, LoadingButtonProps } from '@hubspot/ui-extensions';
import { cx, testIdOf } from './css';
import { useReactions } from './overlays';
import { hrefUrl } from './text';

function sizeClass(size: string | undefined): string | undefined {
  if (size === 'xs' || size === 'extra-small') return 'hs-button--xs';
  if (size === 'sm' || size === 'small') return 'hs-button--sm';
  return undefined;
}

export function Button(props: ButtonProps & { loading?: boolean }) {
  const reactions = useReactions(props.overlay);
  const url = hrefUrl(props.href);
  const className = cx(
    'hs-button',
    `hs-button--${props.variant ?? 'secondary'}`,
    sizeClass(props.size),
    props.loading && 'hs-button--loading',
  );
  return (
    <>
      <button
        type={props.type ?? 'button'}
        className={className}
        {...testIdOf(props.testId)}
        disabled={props.disabled || props.loading}
        aria-busy={props.loading || undefined}
        onClick={(event) => {
          if (url?.startsWith('#')) window.location.hash = url;
          else if (url) window.open(url, '_blank', 'noreferrer');
          reactions.click(props.onClick, event);
        }}
      >
        {props.loading ? <span className="hs-spinner hs-spinner--xs" aria-hidden /> : null}
        {props.children}
      </button>
      {reactions.overlay}
    </>
  );
}

export function LoadingButton(props: LoadingButtonProps) {
  return <Button {...props} />;
}

export function ButtonRow(props: ButtonRowProps) {
  return (
    <div className="hs-button-row" {...testIdOf(props.testId)}>
      {props.children}
    </div>
  );
}
