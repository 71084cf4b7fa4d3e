/** On Ctrl+C or a stop signal: closes what a long-running verb serves, then exits (1 if a close failed). */
export function closeOnSignal(...servers: { close: () => Promise<unknown> }[]): void {
  const stop = () => {
    Promise.all(servers.map((server) => server.close())).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
