import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { FunctionError } from '@care-model/contract';

/** The secret's name: `hs secret add CARE_MODEL_ADMIN_KEY`, listed in the function's `secretKeys`. */
export const adminKeySecret = 'CARE_MODEL_ADMIN_KEY';

const keySchema = z.object({ adminKey: z.string() }).loose();

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Refuses a portal-wide call unless its `adminKey` equals the secret (compared in constant time). */
export function checkAdminKey(
  parameters: unknown,
  secret: string | undefined,
): FunctionError | null {
  if (secret === undefined || secret.length < 12)
    return {
      code: 'forbidden',
      message: `The admin key is not set up. A super admin runs \`hs secret add ${adminKeySecret}\` (12 or more characters), then uploads the project again.`,
      field: 'adminKey',
    };
  const given = keySchema.safeParse(parameters);
  // Digests have one length, so timingSafeEqual never throws and the key's length does not leak.
  if (given.success && timingSafeEqual(digest(given.data.adminKey), digest(secret))) return null;
  return {
    code: 'forbidden',
    message:
      'Only an admin can do this: enter the admin key of this app (ask your HubSpot super admin).',
    field: 'adminKey',
  };
}
