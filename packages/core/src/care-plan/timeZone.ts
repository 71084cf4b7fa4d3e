import { z } from 'zod';

/** Until an admin saves the settings from a portal, dates are calendar dates in Helsinki (0008). */
export const defaultTimeZone = 'Europe/Helsinki';

/** Whether the platform knows the IANA time zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name }).format(0);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, as `context.portal.timezone` gives it. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Use an IANA time zone name such as Europe/Helsinki.');
