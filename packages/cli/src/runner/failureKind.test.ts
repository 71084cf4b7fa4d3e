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
    ['a stop', new RunStopped('SIGTERM'), 'stopped'],
    ['a bug', new TypeError('x is undefined'), 'fatal'],
  ])('%s → %s', (_, caught, kind) => {
    expect(failureKind(caught)).toBe(kind);
  });
});
