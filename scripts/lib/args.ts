/**
 * Minimal `--name value` / `--flag` parsing for the scripts (no dependency for a handful of options), and the one
 * check every script makes before it does any work: `--help` / `-h` prints its help, an option it does not know
 * ends the run with one line.
 */
function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function hasFlag(argv: readonly string[], name: string): boolean {
  return argv.includes(`--${name}`);
}

/** A script's command line: what `--help` prints and which options it takes. */
interface CommandLine {
  /** How its messages start, as npm names the script: `eval:targets`. */
  readonly tool: string;
  /** The `--help` text: usage, options, what it reads and writes, the environment variables it reads. */
  readonly help: string;
  /** Options followed by a value (`--data DIR`), without the dashes. */
  readonly values?: readonly string[];
  /** Options that stand alone (`--verbose`), without the dashes. */
  readonly flags?: readonly string[];
}

/** What the command line asks for before any work: the help (exit 0), a refusal (exit 2), or nothing. */
type ArgsVerdict =
  | { readonly exit: 0; readonly stdout: string }
  | { readonly exit: 2; readonly stderr: string }
  | undefined;

function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}

/**
 * The first thing wrong with `argv` for this command line, in one line, or undefined. Values are read as
 * `argValue` reads them (the next argument), so an option's meaning is unchanged; a value that is missing or is
 * itself an option (`--out --epochs 3`) is refused rather than taken.
 */
function argsProblem(argv: readonly string[], cli: CommandLine): string | undefined {
  const values = new Set(cli.values ?? []);
  const flags = new Set(cli.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith("--") ? arg.slice(2) : "";
    if (values.has(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a value`;
      i++;
    } else if (!flags.has(name)) {
      return arg.startsWith("-") && arg.length > 1
        ? `unknown option ${arg}`
        : `unexpected argument ${JSON.stringify(arg)}`;
    }
  }
  return undefined;
}

/** Pure form of `exitOnHelpOrBadArgs`, for tests. */
function checkArgs(argv: readonly string[], cli: CommandLine): ArgsVerdict {
  if (wantsHelp(argv)) return { exit: 0, stdout: cli.help.endsWith("\n") ? cli.help : `${cli.help}\n` };
  const problem = argsProblem(argv, cli);
  return problem === undefined
    ? undefined
    : { exit: 2, stderr: `${cli.tool}: ${problem} (--help lists the options)\n` };
}

/**
 * Call first, before any work or heavy import: `--help` / `-h` prints the help on stdout and exits 0; an unknown
 * option, a stray argument or a missing value prints one line on stderr and exits 2.
 */
function exitOnHelpOrBadArgs(argv: readonly string[], cli: CommandLine): void {
  const verdict = checkArgs(argv, cli);
  if (verdict === undefined) return;
  if (verdict.exit === 0) process.stdout.write(verdict.stdout);
  else process.stderr.write(verdict.stderr);
  process.exit(verdict.exit);
}

/** Names as a short list, runs of numbered ones as a range: `dev, holdout, holdout2...holdout39`. */
function describeNames(names: readonly string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < names.length) {
    const m = /^(.*?)(\d+)$/.exec(names[i]!);
    let j = i + 1;
    if (m) {
      const [, prefix, digits] = m;
      while (j < names.length && names[j] === `${prefix}${Number(digits) + (j - i)}`) j++;
    }
    if (j - i >= 3) parts.push(`${names[i]}...${names[j - 1]}`);
    else parts.push(...names.slice(i, j));
    i = j;
  }
  return parts.join(", ");
}

export type { ArgsVerdict, CommandLine };
export { argsProblem, argValue, checkArgs, describeNames, exitOnHelpOrBadArgs, hasFlag, wantsHelp };
