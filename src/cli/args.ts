// Command-line arguments of `wire-desk`. Pure: no I/O, so it can be tested on its own.
import type { Severity } from '../core';

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = Exclude<Severity, 'hint'> | 'never';

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'never'];

export interface CheckArgs {
  command: 'check';
  format: Format;
  failOn: FailOn;
  disclaimerPhrases: string[];
  /** `--no-config`: ignore every `.wiredesk.json` (absent otherwise). */
  noConfig?: true;
  /** Paths as the user wrote them; `-` is standard input. Empty when none were given. */
  paths: string[];
}

export type Args = CheckArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: wire-desk check [options] [PATH...]

Review wire-feed items: findings (unreviewed items, unattributed or unclosed
quotations, dateline and weekday checks), then each item's speakers and their
quotations.

  PATH                 a file (always reviewed) or a directory (walked; only
                       files that start with a "date YYYY-MM-DD" header are
                       reviewed; node_modules and dot-directories are skipped).
                       "-" reads standard input; with no PATH, standard input
                       is read when it is not a terminal.

Options:
  -f, --format FORMAT        text (default), json or sarif (SARIF 2.1.0)
      --fail-on SEVERITY     exit 1 when a finding is at least this severe:
                             error, warning (default), information, never
      --disclaimer-phrase TEXT
                             also treat TEXT as a syndication disclaimer
                             (literal text; repeatable)
      --no-config            ignore .wiredesk.json files (by default each
                             file is reviewed with the nearest .wiredesk.json
                             in its folder or above: rule severities, extra
                             disclaimer phrases, ignore globs, accepted
                             findings; --disclaimer-phrase adds to it)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no findings at or above --fail-on; 1 there are such findings;
2 a usage error, or a file could not be read (the other files are still
reviewed).

Colour: text output is coloured when standard output is a terminal; set
NO_COLOR to turn colour off, FORCE_COLOR=1 to turn it on when piping.
`;

/** Parses the arguments after `node wire-desk.js`. */
export function parseArgs(argv: readonly string[]): Args {
  if (argv.length === 0) return { command: 'error', message: 'missing command (try "wire-desk check PATH")' };
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help' };
  if (first === '-v' || first === '--version' || first === 'version') return { command: 'version' };
  if (first !== 'check') {
    return { command: 'error', message: `unknown command "${first}" (the command is "check")` };
  }

  const args: CheckArgs = { command: 'check', format: 'text', failOn: 'warning', disclaimerPhrases: [], paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      args.paths.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      args.paths.push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '-v' || arg === '--version') return { command: 'version' };

    // Options with a value: `--name VALUE` or `--name=VALUE`.
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    const takeValue = (): string | undefined => {
      if (eq > 0 && arg.startsWith('--')) return arg.slice(eq + 1);
      if (i + 1 < rest.length) return rest[++i];
      return undefined;
    };
    switch (name) {
      case '-f':
      case '--format':
        value = takeValue();
        if (value === undefined) return { command: 'error', message: `${name} needs a value: ${FORMATS.join(', ')}` };
        if (!(FORMATS as readonly string[]).includes(value)) {
          return { command: 'error', message: `unknown format "${value}" (use ${FORMATS.join(', ')})` };
        }
        args.format = value as Format;
        break;
      case '--fail-on':
        value = takeValue();
        if (value === undefined) return { command: 'error', message: `${name} needs a value: ${FAIL_ON.join(', ')}` };
        if (!(FAIL_ON as readonly string[]).includes(value)) {
          return { command: 'error', message: `unknown --fail-on level "${value}" (use ${FAIL_ON.join(', ')})` };
        }
        args.failOn = value as FailOn;
        break;
      case '--disclaimer-phrase':
        value = takeValue();
        if (value === undefined) return { command: 'error', message: `${name} needs a value (the phrase, as literal text)` };
        if (value.trim() === '') return { command: 'error', message: `${name} must not be empty` };
        // As in the extension's wireDesk.disclaimerPhrases: a shorter phrase would mark ordinary text.
        if (value.replace(/\s+/g, '').length < 4) {
          return { command: 'error', message: `${name} "${value.trim()}" is too short to identify a disclaimer (at least 4 letters)` };
        }
        args.disclaimerPhrases.push(value);
        break;
      case '--no-config':
        args.noConfig = true;
        break;
      default:
        return { command: 'error', message: `unknown option "${arg}"` };
    }
  }
  return args;
}
