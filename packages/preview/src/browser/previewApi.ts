/** The preview server's own endpoints (beside `/api/functions/<name>`). */
export interface Session {
  portal: { id: number; timezone: string };
  user: { id: number; email: string; firstName: string; lastName: string };
}

export interface CompanyRow {
  id: string;
  name: string;
  domain: string;
  segment: string | null;
  ownerName: string | null;
}

export interface CompanyRecord {
  id: string;
  properties: Record<string, string | null>;
  ownerName: string | null;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
  return (await response.json()) as T;
}

export const fetchSession = () => getJson<Session>('/api/session');

export const fetchCompanies = (query: string, segment: string) =>
  getJson<{ companies: CompanyRow[]; total: number }>(
    `/api/companies?${new URLSearchParams({ query, segment })}`,
  );

export const fetchCompany = (id: string) =>
  getJson<CompanyRecord>(`/api/companies/${encodeURIComponent(id)}`);
