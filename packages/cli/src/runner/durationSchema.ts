import { z } from 'zod';

const unitMs: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration flag such as `30s`, `15m`, `24h` or `7d`, in milliseconds. */
export const durationSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}[smhd]$/, { message: 'use a whole number and a unit, e.g. 15m, 24h or 7d' })
  .transform((text) => Number(text.slice(0, -1)) * (unitMs[text.slice(-1)] ?? 0));
