import { z } from 'zod';

/** What the preview itself reads from the sandbox (or a portal): a few plain REST calls. */
export interface SandboxApi {
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
}

export class SandboxRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const errorBodySchema = z.object({ message: z.string() }).loose();

export function sandboxApi(baseUrl: string, token: string): SandboxApi {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(answer);
      const detail = parsed.success ? parsed.data.message : response.statusText;
      throw new SandboxRequestError(
        response.status,
        `${method} ${path}: ${response.status} ${detail}`,
      );
    }
    return answer;
  };
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

const ownerSchema = z.object({
  id: z.string(),
  email: z.string().default(''),
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  userId: z.number().optional(),
});
export type Owner = z.infer<typeof ownerSchema>;
const ownersSchema = z.object({ results: z.array(ownerSchema) });

export async function readOwners(api: SandboxApi): Promise<Owner[]> {
  return ownersSchema.parse(await api.get('/crm/v3/owners/?limit=500')).results;
}

export const ownerName = (owner: Owner | undefined): string | null =>
  owner ? `${owner.firstName} ${owner.lastName}`.trim() || owner.email : null;

const recordSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable()),
});
export type CrmRecord = z.infer<typeof recordSchema>;
export const searchAnswerSchema = z.object({ total: z.number(), results: z.array(recordSchema) });

export async function readCompany(
  api: SandboxApi,
  id: string,
  properties: string[],
): Promise<CrmRecord> {
  const query = new URLSearchParams({ properties: properties.join(',') });
  return recordSchema.parse(
    await api.get(`/crm/v3/objects/companies/${encodeURIComponent(id)}?${query}`),
  );
}
