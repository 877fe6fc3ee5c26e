// Entry point of the `wire-desk` command (bundled to dist/cli.js, run by bin/wire-desk.js).
// It reads files and writes to stdout/stderr only; it never writes a file.
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import * as packageJson from '../../package.json';
import { parseArgs, USAGE } from './args';
import { check } from './check';
import { ConfigLookup } from './config';
import { formatJson } from './format-json';
import { formatSarif, type SarifContext } from './format-sarif';
import { formatText, terminalSafe, useColour } from './format-text';

const pkg = packageJson as { version: string; repository?: string | { url?: string } };

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'version':
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    case 'error':
      process.stderr.write(`wire-desk: ${args.message}\n\n${USAGE}`);
      return 2;
  }

  if (args.paths.length === 0 && isatty(0)) {
    process.stderr.write(`wire-desk: no PATH given (and standard input is a terminal)\n\n${USAGE}`);
    return 2;
  }

  const configs = args.noConfig ? undefined : new ConfigLookup();
  const result = check(args.paths, args.failOn, { disclaimerPhrases: args.disclaimerPhrases }, configs);
  for (const problem of configs?.problems ?? []) process.stderr.write(`wire-desk: warning: ${problem}\n`);
  for (const error of result.errors) process.stderr.write(`wire-desk: ${terminalSafe(error.path)}: ${terminalSafe(error.message)}\n`);

  switch (args.format) {
    case 'json':
      process.stdout.write(formatJson(result, pkg.version));
      break;
    case 'sarif':
      process.stdout.write(formatSarif(result, sarifContext()));
      break;
    default:
      process.stdout.write(formatText(result, useColour(process.stdout.isTTY, process.env)));
  }
  return result.exitCode;
}

function sarifContext(): SarifContext {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  let docsBase: string | undefined;
  if (raw) {
    const url = raw.replace(/^git\+/, '').replace(/\.git$/, '');
    if (/^https?:\/\//.test(url)) docsBase = `${url}/blob/HEAD`;
  }
  // dist/cli.js sits one level below the package root, where docs/rules/ lives.
  return { version: pkg.version, cwd: process.cwd(), docsBase, packageRoot: resolve(__dirname, '..') };
}

// `wire-desk check ... | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(process.argv.slice(2));
