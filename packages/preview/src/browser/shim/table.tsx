import type {
  TableCellProps,
  TableElementProps,
  TableHeaderProps,
  TableProps,
} from '@hubspot/ui-extensions';
import { cx, testIdOf } from './css';

const widthOf = (width: TableCellProps['width']) =>
  typeof width === 'number' ? `${width}px` : width === 'min' ? '1%' : undefined;

function Pagination(props: {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}) {
  return (
    <nav className="hs-pagination" aria-label="Pages">
      <button
        type="button"
        disabled={props.page <= 1}
        onClick={() => props.onPageChange(props.page - 1)}
      >
        ‹ Prev
      </button>
      <span>
        {props.page} / {props.pageCount}
      </span>
      <button
        type="button"
        disabled={props.page >= props.pageCount}
        onClick={() => props.onPageChange(props.page + 1)}
      >
        Next ›
      </button>
    </nav>
  );
}

export function Table(props: TableProps) {
  return (
    <div className="hs-table-wrap" {...testIdOf(props.testId)}>
      <table
        className={cx(
          'hs-table',
          props.bordered !== false && 'hs-table--bordered',
          props.density && `hs-table--${props.density}`,
        )}
      >
        {props.children}
      </table>
      {props.paginated ? (
        <Pagination
          page={props.page ?? 1}
          pageCount={props.pageCount}
          onPageChange={props.onPageChange}
        />
      ) : null}
    </div>
  );
}

export const TableHead = (props: TableElementProps) => <thead>{props.children}</thead>;
export const TableBody = (props: TableElementProps) => <tbody>{props.children}</tbody>;
export const TableFooter = (props: TableElementProps) => <tfoot>{props.children}</tfoot>;
export const TableRow = (props: TableElementProps) => (
  <tr {...testIdOf(props.testId)}>{props.children}</tr>
);

const arrows = { ascending: ' ▲', descending: ' ▼', none: ' ↕', never: '' } as const;
const nextSort = { ascending: 'descending', descending: 'none', none: 'ascending' } as const;

export function TableHeader(props: TableHeaderProps) {
  const sort = props.sortDirection ?? 'never';
  return (
    <th
      style={{ textAlign: props.align, width: widthOf(props.width) }}
      className={cx(sort !== 'never' && 'hs-sortable')}
      onClick={() => {
        if ('onSortChange' in props && !props.disabled) {
          props.onSortChange(nextSort[props.sortDirection]);
        }
      }}
    >
      {props.children}
      {arrows[sort]}
    </th>
  );
}

export function TableCell(props: TableCellProps) {
  return (
    <td
      style={{ textAlign: props.align, width: widthOf(props.width) }}
      colSpan={props.colSpan}
      {...testIdOf(props.testId)}
    >
      {props.children}
    </td>
  );
}
