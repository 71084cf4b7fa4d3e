import { readSettings, type CurrentSettings } from '@care-model/hubspot';
import { cliClient, type CliClient, type ClientOptions } from '../hubspot/cliClient';
import { resolveTarget } from './parseFlags';

/** A verb's connection: the client, and the settings in force in the portal. */
export interface Connection {
  cli: CliClient;
  settings: CurrentSettings;
}

/** Resolves the target from the flags and reads the settings (one request for ≤ 100 versions). */
export async function connect(raw: unknown, options: ClientOptions): Promise<Connection> {
  const cli = cliClient(resolveTarget(raw), options);
  const settings = await cli.call((client) => readSettings(client));
  return { cli, settings };
}
