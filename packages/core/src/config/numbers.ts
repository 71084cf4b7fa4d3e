import { z } from 'zod';

/** A whole number in a range, with messages an admin can act on. */
export const int = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .min(min, `${what} must be at least ${min}.`)
    .max(max, `${what} must be at most ${max}.`);

/** A share strictly between 0 % and 100 %. */
export const share = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .gt(0, `${what} must be above 0 %.`)
    .lt(1, `${what} must be below 100 %.`);
