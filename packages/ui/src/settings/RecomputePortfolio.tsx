import { useState } from 'react';
import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  Flex,
  LoadingButton,
  ProgressBar,
  Text,
} from '@hubspot/ui-extensions';
import type { RecomputeRun } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { useRecomputeRun } from './useRecomputeRun';

/**
 * Recompute portfolio (admins): start, progress and time left, the result; resumes a run under way.
 * `offers` counts the saves that moved companies between segments: the latest is offered once.
 */
export function RecomputePortfolio(props: { adminKey: string; offers: number }) {
  const { t, format } = useLocale();
  const texts = t.recompute;
  const [syncTasks, setSyncTasks] = useState(false);
  const [answeredOffer, setAnsweredOffer] = useState(0);
  const { answer, activity, resumed, error, start } = useRecomputeRun(props.adminKey);
  const running = activity === 'running';
  const run = answer?.run ?? null;
  const noKey = props.adminKey === '';
  const begin = () => {
    setAnsweredOffer(props.offers);
    start(syncTasks);
  };
  const progress = (r: RecomputeRun) => {
    const percent = Math.round((r.pagesDone / r.pagesTotal) * 100);
    const left = answer?.secondsLeft;
    return [texts.phases[r.phase], texts.progress(percent), left ? texts.timeLeft(left) : null]
      .filter(Boolean)
      .join(' · ');
  };
  return (
    <Accordion title={texts.title} defaultOpen={true}>
      <Flex direction="column" gap="sm">
        <Text>{texts.intro}</Text>
        {noKey && <Text variant="microcopy">{texts.needsKey}</Text>}
        {props.offers > answeredOffer && !running && (
          <Alert title={texts.title} variant="info">
            <Text>{texts.offer}</Text>
            <Button variant="primary" disabled={noKey} onClick={begin}>
              {texts.offerButton}
            </Button>
          </Alert>
        )}
        <Checkbox
          name="recomputeSyncTasks"
          checked={syncTasks}
          readOnly={running}
          onChange={(checked) => setSyncTasks(checked)}
        >
          {texts.withTasks}
        </Checkbox>
        <LoadingButton
          variant="primary"
          loading={running}
          disabled={noKey || running}
          onClick={begin}
        >
          {texts.start}
        </LoadingButton>
        {activity === 'checking' && <Text variant="microcopy">{texts.checking}</Text>}
        {resumed && running && run && <Text>{texts.underWay(run.run)}</Text>}
        {answer?.busy && <Text variant="microcopy">{texts.busy}</Text>}
        {run && (
          <ProgressBar
            title={texts.title}
            value={run.pagesDone}
            maxValue={run.pagesTotal}
            valueDescription={progress(run)}
            variant={run.phase === 'done' ? 'success' : undefined}
            testId="recomputeProgress"
          />
        )}
        {run?.phase === 'done' && (
          <Alert title={texts.phases.done} variant="success">
            <Text testId="recomputeResult">{texts.done(run.evaluated, run.changed)}</Text>
            {run.syncTasks && <Text>{texts.tasks(run.tasksCreated, run.tasksClosed)}</Text>}
            <Text>{run.snapshot === 'saved' ? texts.snapshotSaved : texts.snapshotSkipped}</Text>
            {run.finishedAt && (
              <Text variant="microcopy">
                {texts.finishedAt(format.dateTime(run.finishedAt, 'UTC'))}
              </Text>
            )}
          </Alert>
        )}
        {error && (
          <Alert title={t.common.failed} variant="danger">
            {error}
          </Alert>
        )}
      </Flex>
    </Accordion>
  );
}
