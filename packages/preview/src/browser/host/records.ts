/** Reads the open record's properties through the preview server (which reads the sandbox). */
export async function readRecordProperties(
  objectId: string,
  names: string[],
): Promise<Record<string, string | null>> {
  const query = new URLSearchParams({ properties: names.join(',') });
  const response = await fetch(`/api/companies/${encodeURIComponent(objectId)}?${query}`);
  if (!response.ok) throw new Error(`Could not read company ${objectId} (${response.status}).`);
  const body: { properties: Record<string, string | null> } = await response.json();
  return body.properties;
}
