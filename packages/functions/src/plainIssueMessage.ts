import type { z } from 'zod';

// zod's own sentences ("Invalid input: expected string, received number") are for developers.
const validatorText =
  /\b(expected|received|invalid input|invalid option|too big|too small|unrecognized)\b/i;

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** The contract's own sentence, or a plain one in place of zod's default text. */
export function plainIssueMessage(issue: z.core.$ZodIssue, field: string): string {
  if (!validatorText.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `Give ${field} as ${typeWords[issue.expected] ?? 'the documented type'}.`;
    case 'too_big':
      return `${field} is too long or too large.`;
    case 'too_small':
      return `${field} is too short or too small.`;
    case 'invalid_value':
      return `${field} is not one of the allowed values.`;
    case 'unrecognized_keys':
      return `Unknown parameter "${issue.keys[0] ?? field}".`;
    default:
      return `${field} is not valid.`;
  }
}
