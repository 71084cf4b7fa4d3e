import { activityKinds } from '@care-model/contract';

export { activityKinds };
export type ActivityKind = (typeof activityKinds)[number];
