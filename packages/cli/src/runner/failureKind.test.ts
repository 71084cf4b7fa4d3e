import { PartialAnswerError } from '@care-model/hubspot';
import { TargetFailure } from '../hubspot/cliClient';
import { LeaseHeld } from '../recompute/recomputeLease';
import { failureKind } from './failureKind';
import { RunStopped } from './runStopped';

describe('failureKind', () => {
  it.each([
    [
      'another recompute holds the lease',
      new LeaseHeld('Another recompute is running'),
      'transient',
    ],
    [
      'a read answered in part however often it was sent',
      new TargetFailure(
        'http://127.0.0.1:1',
        new PartialAnswerError('a batch read answered in part'),
      ),
      'transient',
    ],
    ['a stop', new RunStopped('SIGTERM'), 'stopped'],
    ['a bug', new TypeError('x is undefined'), 'fatal'],
  ])('%s → %s', (_, caught, kind) => {
    expect(failureKind(caught)).toBe(kind);
  });
});
