/**
 * The instant a function acts at. Integration tests pin it with CARE_MODEL_NOW; app functions get
 * no environment but their declared secrets (none), so in HubSpot it is always the clock.
 */
export function currentTime(): Date {
  const pinned = process.env.CARE_MODEL_NOW;
  const date = pinned ? new Date(pinned) : new Date();
  return Number.isFinite(date.getTime()) ? date : new Date();
}
