import { z } from 'zod';
import { defaultRules } from './defaults';
import { int } from './numbers';
import { ruleIds, taskPrioritySchema, taskTypeSchema, type RuleId } from './vocabulary';

const ruleSchemaFor = (rule: RuleId) =>
  z
    .object({
      enabled: z.boolean().default(true),
      dueOffsetDays: int(0, 365, 'The due offset').default(defaultRules[rule].dueOffsetDays),
      taskType: taskTypeSchema.default(defaultRules[rule].taskType),
      priority: taskPrioritySchema.default(defaultRules[rule].priority),
    })
    .prefault({});

export const nextStepsSchema = z
  .object(
    Object.fromEntries(ruleIds.map((rule) => [rule, ruleSchemaFor(rule)])) as {
      [R in RuleId]: ReturnType<typeof ruleSchemaFor>;
    },
  )
  .prefault({});
