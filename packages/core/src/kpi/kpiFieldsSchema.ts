import { z } from 'zod';

/** Property values the app owns, as HubSpot takes them; '' clears a property. */
export const kpiFieldsSchema = z.record(z.string(), z.string()).readonly();
export type KpiFields = z.infer<typeof kpiFieldsSchema>;
