import { LatencyPlan, parseLatencyRange } from './latency';
import { createManualTimer } from './timer';

describe('latency', () => {
  it('parses the CLI forms and refuses others', () => {
    expect(parseLatencyRange('100-500', 3)).toEqual({ minMs: 100, maxMs: 500, seed: 3 });
    expect(parseLatencyRange('250')).toEqual({ minMs: 250, maxMs: 250, seed: undefined });
    expect(() => parseLatencyRange('500-100')).toThrow('below the minimum');
    expect(() => parseLatencyRange('fast')).toThrow('<min>-<max>');
  });

  it('draws the same delays in range under the same seed', () => {
    const draws = (seed: number) => {
      const plan = new LatencyPlan({ minMs: 100, maxMs: 500, seed });
      return Array.from({ length: 20 }, () => plan.next());
    };
    expect(draws(5)).toEqual(draws(5));
    expect(draws(5)).not.toEqual(draws(6));
    expect(draws(5).every((ms) => ms >= 100 && ms <= 500)).toBe(true);
  });
});

describe('createManualTimer', () => {
  it('wakes a sleeper only when its time has come', async () => {
    const timer = createManualTimer({ start: 1000 });
    let woke = false;
    const sleeping = timer.sleep(50).then(() => (woke = true));
    timer.advance(49);
    await Promise.resolve();
    expect(woke).toBe(false);
    timer.advance(1);
    await sleeping;
    expect(woke).toBe(true);
    expect(timer.now()).toBe(1050);
  });
});
