/**
 * On Ctrl+C or a stop signal: closes what a long-running verb serves, then exits (1 if a close
 * failed). A stop always ends the process: a close that hangs is cut off after 2 s, a second signal
 * ends it at once.
 */
export function closeOnSignal(...servers: { close: () => Promise<unknown> }[]): void {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => process.exit(1), 2000).unref();
    Promise.all(servers.map((server) => server.close())).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
