import { rationales } from './names';

const DAY = 86_400_000;
const date = (time: number) => new Date(time).toISOString().slice(0, 10);

interface Draw {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  now: number;
  index: number;
  count: number;
  names?: readonly string[];
}

/** The app's own fields for one demo company: about 60 % assessed, a few overrides and at-risk accounts. */
export function appValues({
  random,
  pick,
  now,
  index,
  count,
  names,
}: Draw): Record<string, string> {
  const values: Record<string, string> = {};
  const overrideAt = [Math.floor(count / 3), Math.floor((2 * count) / 3)];
  if (overrideAt.includes(index)) {
    values.care_override_segment = index === overrideAt[0] ? 'key' : 'retain';
    values.care_override_reason =
      index === overrideAt[0]
        ? 'Strategic partner for the 2027 product launch'
        : 'Winding down the account by agreement';
    values.care_override_until = date(now + (index === overrideAt[0] ? 200 : -20) * DAY);
  }
  if (random() < 0.6) {
    const strong = random() < 0.35;
    const score = () => String(strong ? 2 + Math.floor(random() * 2) : Math.floor(random() * 3));
    values.care_potential_upsell = score();
    values.care_potential_development = score();
    values.care_potential_internal = String(Math.floor(random() * 4));
    values.care_potential_rationale = pick(rationales);
    values.care_potential_assessed_at = date(now - Math.floor(random() * 540) * DAY);
    if (random() < 0.7) values.care_last_review_at = date(now - Math.floor(random() * 500) * DAY);
    if (random() < 0.5) values.care_plan_updated_at = date(now - Math.floor(random() * 450) * DAY);
    if (random() < 0.5) values.care_last_check_in_at = date(now - Math.floor(random() * 400) * DAY);
    const mood = random();
    values.care_relationship_status =
      mood < 0.12
        ? 'dissatisfied_at_risk'
        : mood < 0.55
          ? 'satisfied_neutral'
          : 'satisfied_engaged';
  } else if (random() < 0.2) {
    values.care_potential_upsell = String(Math.floor(random() * 4));
  }
  if (!names) return values;
  return Object.fromEntries(Object.entries(values).filter(([name]) => names.includes(name)));
}
