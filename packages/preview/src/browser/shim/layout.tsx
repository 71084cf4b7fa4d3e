import type {
  AutoGridProps,
  BoxProps,
  CardProps,
  DividerProps,
  FlexProps,
  InlineProps,
  SpacerProps,
  StackProps,
  TileProps,
} from '@hubspot/ui-extensions';
import { cx, flexValue, px, testIdOf } from './css';

export function Flex(props: FlexProps) {
  const wrap = props.wrap === true || props.wrap === 'wrap';
  return (
    <div
      className="hs-flex"
      {...testIdOf(props.testId)}
      style={{
        flexDirection: props.direction === 'column' ? 'column' : 'row',
        gap: px(props.gap),
        justifyContent: flexValue(props.justify),
        alignItems: flexValue(
          props.align ?? (props.direction === 'column' ? 'stretch' : undefined),
        ),
        alignSelf: flexValue(props.alignSelf),
        flexWrap: wrap ? 'wrap' : 'nowrap',
      }}
    >
      {props.children}
    </div>
  );
}

export function Inline(props: InlineProps) {
  return (
    <Flex
      direction="row"
      wrap
      gap={props.gap ?? 'sm'}
      justify={props.justify}
      align={props.align ?? 'center'}
    >
      {props.children}
    </Flex>
  );
}

export function Stack(props: StackProps) {
  return (
    <Flex direction={props.direction ?? 'column'} gap={props.distance ?? 'sm'} align={props.align}>
      {props.children}
    </Flex>
  );
}

export function Box(props: BoxProps) {
  const flex = props.flex === undefined ? undefined : String(props.flex);
  return (
    <div
      className="hs-box"
      {...testIdOf(props.testId)}
      style={{ flex, alignSelf: flexValue(props.alignSelf) }}
    >
      {props.children}
    </div>
  );
}

export function AutoGrid(props: AutoGridProps) {
  const track = props.flexible ? `minmax(${props.columnWidth}px, 1fr)` : `${props.columnWidth}px`;
  return (
    <div
      className="hs-autogrid"
      {...testIdOf(props.testId)}
      style={{ gridTemplateColumns: `repeat(auto-fill, ${track})`, gap: px(props.gap) }}
    >
      {props.children}
    </div>
  );
}

export function Tile(props: TileProps) {
  return (
    <div
      className={cx(
        'hs-tile',
        props.compact && 'hs-tile--compact',
        props.flush && 'hs-tile--flush',
      )}
      {...testIdOf(props.testId)}
    >
      {props.children}
    </div>
  );
}

export function Card(props: CardProps) {
  return (
    <div className="hs-tile" {...testIdOf(props.testId)}>
      {props.children}
    </div>
  );
}

export function Divider(props: DividerProps) {
  const margin = px(props.distance ?? props.size, 12);
  return <hr className="hs-divider" style={{ marginTop: margin, marginBottom: margin }} />;
}

export function Spacer(props: SpacerProps) {
  return <div style={{ height: px(props.size, 16) }} />;
}
