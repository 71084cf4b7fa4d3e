/** The fields of one company that differ from what is stored (none: unchanged). */
export interface CompanyChange {
  id: string;
  properties: Record<string, string>;
}
