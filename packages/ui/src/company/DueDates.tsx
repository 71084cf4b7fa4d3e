import { StatusTag, Table, TableBody, TableCell, TableRow, Text } from '@hubspot/ui-extensions';
import type { CareDates, DueStatus, PlanStatus } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { DueTag } from '../shared/DueTag';

const planVariants = {
  not_required: 'default',
  missing: 'danger',
  stale: 'warning',
  current: 'success',
} as const satisfies Record<PlanStatus, string>;

/** Next contact, review, plan, check-in and re-assessment, each with its status. */
export function DueDates(props: { dates: CareDates }) {
  const { t, format } = useLocale();
  const d = props.dates;
  const rows: { label: string; due: string | null; status: DueStatus | null }[] = [
    { label: t.company.nextContact, due: d.nextContactDue, status: d.contactStatus },
    { label: t.company.nextReview, due: d.nextReviewDue, status: d.reviewStatus },
    { label: t.company.nextCheckIn, due: d.nextCheckInDue, status: d.checkInStatus },
    { label: t.company.reassess, due: d.reassessDue, status: d.reassessStatus },
  ];
  const date = (value: string | null) => (value === null ? t.company.noDate : format.date(value));
  return (
    <Table density="compact" bordered={false} flush>
      <TableBody>
        {rows
          .filter((row) => row.status !== null || row.due !== null)
          .map((row) => (
            <TableRow key={row.label} testId={`due-${row.label}`}>
              <TableCell>
                <Text>{row.label}</Text>
              </TableCell>
              <TableCell>
                <Text>{date(row.due)}</Text>
              </TableCell>
              <TableCell>{row.status !== null && <DueTag status={row.status} />}</TableCell>
            </TableRow>
          ))}
        <TableRow>
          <TableCell>
            <Text>{t.company.plan}</Text>
          </TableCell>
          <TableCell>
            <Text>{date(d.planDue)}</Text>
          </TableCell>
          <TableCell>
            <StatusTag variant={planVariants[d.planStatus]}>
              {t.company.planStatus[d.planStatus]}
            </StatusTag>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
