import type {
  HeadingProps,
  HrefProp,
  IconProps,
  ImageProps,
  LinkProps,
  ListProps,
  StatusTagProps,
  TagProps,
  TextProps,
} from '@hubspot/ui-extensions';
import { Children, type ReactNode } from 'react';
import { cx, testIdOf } from './css';
import { useReactions } from './overlays';

export function Text(props: TextProps) {
  const format = props.format ?? {};
  const className = cx(
    'hs-text',
    props.variant === 'microcopy' && 'hs-text--micro',
    format.fontWeight === 'bold' && 'hs-bold',
    format.fontWeight === 'demibold' && 'hs-demibold',
    format.italic && 'hs-italic',
    props.truncate && 'hs-truncate',
  );
  const decoration =
    format.lineDecoration === 'strikethrough' ? 'line-through' : format.lineDecoration;
  const transform = format.textTransform === 'sentenceCase' ? undefined : format.textTransform;
  const Element = props.inline ? 'span' : 'p';
  return (
    <Element
      className={className}
      {...testIdOf(props.testId)}
      style={{ textDecoration: decoration, textTransform: transform }}
    >
      {props.children}
    </Element>
  );
}

export function Heading(props: HeadingProps) {
  const Element = props.inline ? 'span' : 'h3';
  return (
    <Element className="hs-heading" {...testIdOf(props.testId)}>
      {props.children}
    </Element>
  );
}

/** A link to a HubSpot company record opens that company in the preview. */
const companyRecord = /^https:\/\/app\.hubspot\.com\/contacts\/\d+\/record\/0-2\/(\d+)/;

export function hrefUrl(href: HrefProp | undefined): string | undefined {
  const url = typeof href === 'string' ? href : href?.url;
  const companyId = url === undefined ? undefined : companyRecord.exec(url)?.[1];
  return companyId === undefined ? url : `#/company/${companyId}`;
}

export function Link(props: LinkProps) {
  const reactions = useReactions(props.overlay);
  const url = hrefUrl(props.href);
  const external = !url?.startsWith('#') && typeof props.href === 'object' && props.href.external;
  return (
    <>
      <a
        className={cx('hs-link', props.variant && `hs-link--${props.variant}`)}
        {...testIdOf(props.testId)}
        href={url ?? '#'}
        target={external ? '_blank' : undefined}
        rel={external ? 'noreferrer' : undefined}
        onClick={(event) => {
          if (props.preventDefault || !url) event.preventDefault();
          reactions.click(props.onClick, event);
        }}
      >
        {props.children}
      </a>
      {reactions.overlay}
    </>
  );
}

export function List(props: ListProps) {
  const variant = props.variant ?? 'unordered';
  const ordered = variant.startsWith('ordered');
  const Element = ordered ? 'ol' : 'ul';
  return (
    <Element className={cx('hs-list', `hs-list--${variant}`)} {...testIdOf(props.testId)}>
      {Children.map(props.children, (child) =>
        child === null || child === false ? null : <li>{child}</li>,
      )}
    </Element>
  );
}

export function Tag(props: TagProps) {
  const reactions = useReactions(props.overlay);
  const clickable = props.onClick !== undefined || props.overlay !== undefined;
  return (
    <>
      <span
        className={cx(
          'hs-tag',
          `hs-tag--${props.variant ?? 'default'}`,
          clickable && 'hs-clickable',
        )}
        {...testIdOf(props.testId)}
        onClick={clickable ? (event) => reactions.click(props.onClick, event) : undefined}
      >
        {props.children}
      </span>
      {reactions.overlay}
    </>
  );
}

export function StatusTag(props: StatusTagProps) {
  return (
    <span
      className={cx(
        'hs-status-tag',
        `hs-status-tag--${props.variant ?? 'default'}`,
        props.hollow && 'hs-status-tag--hollow',
      )}
      {...testIdOf(props.testId)}
      onClick={props.onClick}
    >
      <span className="hs-status-dot" />
      {props.children}
      {props.showRemoveIcon ? (
        <button
          type="button"
          className="hs-remove"
          aria-label="Remove"
          onClick={props.onRemoveClick}
        >
          ×
        </button>
      ) : null}
    </span>
  );
}

const iconGlyphs: Record<string, string> = {
  success: '✓',
  warning: '⚠',
  info: 'ℹ',
  add: '+',
  remove: '−',
  delete: '🗑',
  edit: '✎',
  calendar: '📅',
  refresh: '↻',
  right: '›',
  left: '‹',
  star: '★',
  email: '✉',
};

export function Icon(props: IconProps) {
  return (
    <span className="hs-icon" title={props.screenReaderText} {...testIdOf(props.testId)}>
      {iconGlyphs[props.name] ?? '•'}
    </span>
  );
}

export function Image(props: ImageProps) {
  return (
    <img
      className="hs-image"
      src={props.src}
      alt={props.alt}
      width={props.width}
      height={props.height}
    />
  );
}

/** Tooltips are shown as the browser's title on hover. */
export function Tooltip(props: { children: ReactNode }) {
  return <>{props.children}</>;
}
