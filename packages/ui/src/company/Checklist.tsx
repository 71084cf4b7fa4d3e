import {
  EmptyState,
  Flex,
  Heading,
  LoadingButton,
  ProgressBar,
  Text,
} from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { activityKinds } from './activityKinds';
import { ChecklistRow } from './ChecklistRow';
import type { CompanyWrites } from './useCompanyWrites';

/** The company's next steps with their state, progress, and the buttons that act on them. */
export function Checklist(props: { data: CareViewData; writes: CompanyWrites }) {
  const { t } = useLocale();
  const { checklist } = props.data.view;
  const { running } = props.writes;
  const done = checklist.filter((item) => item.state === 'done').length;
  const suggested = checklist.filter((item) => item.state === 'suggested').map((item) => item.key);
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.company.checklistTitle}</Heading>
      {checklist.length === 0 ? (
        <EmptyState title={t.company.noNextStepsTitle} imageName="task" layout="horizontal" flush>
          <Text>{t.company.noNextSteps}</Text>
        </EmptyState>
      ) : (
        <>
          <ProgressBar
            title={t.company.progress(done, checklist.length)}
            value={done}
            maxValue={checklist.length}
            variant="success"
            testId="progress"
          />
          {checklist.map((item) => (
            <ChecklistRow key={item.key} item={item} company={props.data.company} />
          ))}
        </>
      )}
      <Flex direction="row" gap="sm" wrap>
        {suggested.length > 0 && (
          <LoadingButton
            variant="primary"
            loading={running === 'tasks'}
            disabled={running !== null}
            onClick={() => void props.writes.createTasks(suggested)}
          >
            {t.company.createTasks(suggested.length)}
          </LoadingButton>
        )}
        {activityKinds.map((kind) => (
          <LoadingButton
            key={kind}
            variant="secondary"
            loading={running === kind}
            disabled={running !== null}
            onClick={() => void props.writes.record(kind)}
          >
            {t.company.record[kind]}
          </LoadingButton>
        ))}
      </Flex>
    </Flex>
  );
}
