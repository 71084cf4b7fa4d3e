/** The CLI's only way to print: results to stdout, problems to stderr. */
export const output = {
  line(text: string): void {
    process.stdout.write(`${text}\n`);
  },
  error(text: string): void {
    process.stderr.write(`${text}\n`);
  },
};
