import type {
  AccordionProps,
  DescriptionListItemProps,
  DescriptionListProps,
  StatisticsItemProps,
  StatisticsProps,
  StatisticsTrendProps,
  TabProps,
  TabsProps,
} from '@hubspot/ui-extensions';
import { Children, isValidElement, useState, type ReactElement } from 'react';
import { cx, testIdOf } from './css';

export const Tab = (props: TabProps) => <>{props.children}</>;

function tabsOf(children: TabsProps['children']): ReactElement<TabProps>[] {
  return Children.toArray(children).filter((child): child is ReactElement<TabProps> =>
    isValidElement<TabProps>(child),
  );
}

export function Tabs(props: TabsProps) {
  const tabs = tabsOf(props.children);
  const idOf = (tab: ReactElement<TabProps>, index: number) => tab.props.tabId ?? index;
  const [own, setOwn] = useState<string | number | undefined>(props.defaultSelected);
  const selected = props.selected ?? own ?? (tabs[0] ? idOf(tabs[0], 0) : undefined);
  const select = (id: string | number) => {
    setOwn(id);
    (props.onSelectedChange as ((id: string | number) => void) | undefined)?.(id);
  };
  const current = tabs.find((tab, index) => idOf(tab, index) === selected);
  return (
    <div
      className={cx('hs-tabs', props.variant === 'enclosed' && 'hs-tabs--enclosed')}
      {...testIdOf(props.testId)}
    >
      <div role="tablist" className={cx('hs-tablist', props.fill && 'hs-tablist--fill')}>
        {tabs.map((tab, index) => (
          <button
            key={String(idOf(tab, index))}
            type="button"
            role="tab"
            aria-selected={idOf(tab, index) === selected}
            disabled={tab.props.disabled}
            title={tab.props.tooltip}
            className="hs-tab"
            onClick={() => select(idOf(tab, index))}
          >
            {tab.props.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="hs-tabpanel">
        {current?.props.children}
      </div>
    </div>
  );
}

export function Accordion(props: AccordionProps) {
  const [own, setOwn] = useState(props.defaultOpen ?? false);
  const open = props.open ?? own;
  return (
    <div className={cx('hs-accordion', open && 'hs-accordion--open')} {...testIdOf(props.testId)}>
      <button
        type="button"
        className="hs-accordion-title"
        aria-expanded={open}
        disabled={props.disabled}
        onClick={() => {
          setOwn(!open);
          props.onClick?.();
        }}
      >
        <span className="hs-caret">{open ? '▾' : '▸'}</span>
        {props.title}
      </button>
      {open ? <div className="hs-accordion-body">{props.children}</div> : null}
    </div>
  );
}

export function DescriptionList(props: DescriptionListProps) {
  return (
    <dl
      className={cx('hs-dl', props.direction === 'row' ? 'hs-dl--row' : 'hs-dl--column')}
      {...testIdOf(props.testId)}
    >
      {props.children}
    </dl>
  );
}

export function DescriptionListItem(props: DescriptionListItemProps) {
  return (
    <div className="hs-dl-item" {...testIdOf(props.testId)}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function Statistics(props: StatisticsProps) {
  return (
    <div className="hs-statistics" {...testIdOf(props.testId)}>
      {props.children}
    </div>
  );
}

export function StatisticsItem(props: StatisticsItemProps) {
  return (
    <div className="hs-stat" {...testIdOf(props.testId)}>
      <div className="hs-stat-label">{props.label}</div>
      <div className="hs-stat-number">{props.number}</div>
      {props.children}
    </div>
  );
}

export function StatisticsTrend(props: StatisticsTrendProps) {
  const up = props.direction === 'increase';
  const color = props.color ?? (up ? 'green' : 'red');
  return (
    <span className={`hs-trend hs-trend--${color}`}>
      {up ? '▲' : '▼'} {props.value}
    </span>
  );
}
