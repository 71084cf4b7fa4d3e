import { inspect } from 'node:util';
import { FunctionFailure } from '@care-model/hubspot';
import { TargetFailure } from '../hubspot/cliClient';
import { describeFailure } from '../hubspot/describeFailure';
import { output } from '../output';
import { CliFailure } from './cliFailure';

/** Runs a verb: expected failures (ours, HubSpot's, the network's) print one message and set the exit code. */
export function runVerb<A extends unknown[]>(
  verb: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await verb(...args);
    } catch (caught) {
      if (caught instanceof CliFailure) {
        output.error(caught.message);
        process.exitCode = caught.exitCode;
        return;
      }
      const failure = caught instanceof TargetFailure ? caught.failure : caught;
      if (failure instanceof FunctionFailure) {
        output.error(
          failure.error.code === 'not_installed'
            ? 'The care model is not installed in this portal yet: run `care-model install` first.'
            : failure.error.message,
        );
        process.exitCode = 2;
        return;
      }
      const described =
        caught instanceof TargetFailure
          ? describeFailure(caught.failure, caught.baseUrl)
          : describeFailure(caught);
      if (described === null) throw caught;
      if (process.env.CARE_MODEL_DEBUG) output.error(inspect(failure, { depth: 6 }));
      output.error(described);
      process.exitCode = 3;
    }
  };
}
