/** One step of the rehearsal: what it proved, or what failed and how to fix it. */
export interface StepResult {
  step: string;
  ok: boolean;
  detail: string;
  fix?: string;
}
