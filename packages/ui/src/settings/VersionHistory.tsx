import {
  Accordion,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { SettingsVersion } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

/** Every saved version: number, when, by whom. */
export function VersionHistory(props: { history: SettingsVersion[] }) {
  const { t, format } = useLocale();
  return (
    <Accordion title={t.settings.history} defaultOpen={false}>
      {props.history.length === 0 ? (
        <Text>{t.settings.historyEmpty}</Text>
      ) : (
        <Table density="condensed" testId="history">
          <TableHead>
            <TableRow>
              <TableHeader>{t.settings.historyVersion}</TableHeader>
              <TableHeader>{t.settings.historySavedAt}</TableHeader>
              <TableHeader>{t.settings.historySavedBy}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.history.map((v) => (
              <TableRow key={v.version}>
                <TableCell>{String(v.version)}</TableCell>
                <TableCell>
                  {v.savedAt === null ? '—' : format.dateTime(v.savedAt, 'UTC')}
                </TableCell>
                <TableCell>{v.savedBy ?? t.settings.someone}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Accordion>
  );
}
