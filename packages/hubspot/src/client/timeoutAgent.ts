import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';

/** A request HubSpot (or the network) never answered within the time limit. */
export class UnansweredError extends Error {
  readonly code = 'CARE_MODEL_UNANSWERED';
}

type CreateConnection = (
  options: http.ClientRequestArgs,
  callback: (error: Error | null, socket: Duplex) => void,
) => Duplex | null | undefined;

// The SDK has no request timeout: a socket silent for `timeoutMs` is destroyed, failing the request.
function withTimeout<A extends http.Agent>(agent: A, timeoutMs: number): A {
  const create: CreateConnection = Reflect.get(agent, 'createConnection').bind(agent);
  const patched: CreateConnection = (options, callback) => {
    const socket = create(options, callback);
    socket?.on('timeout', () =>
      socket.destroy(new UnansweredError(`no answer in ${timeoutMs} ms`)),
    );
    if (socket && 'setTimeout' in socket && typeof socket.setTimeout === 'function')
      socket.setTimeout(timeoutMs);
    return socket;
  };
  Reflect.set(agent, 'createConnection', patched);
  return agent;
}

/** A keep-alive agent for the target's protocol whose requests fail after `timeoutMs` of silence. */
export function timeoutAgent(baseUrl: string, timeoutMs: number): http.Agent {
  const options = { keepAlive: true, maxSockets: 16, timeout: timeoutMs };
  return baseUrl.startsWith('http:')
    ? withTimeout(new http.Agent(options), timeoutMs)
    : withTimeout(new https.Agent(options), timeoutMs);
}
