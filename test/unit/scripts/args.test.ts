import { describe, expect, it } from "vitest";
import type { CommandLine } from "../../../scripts/lib/args.js";
import { argsProblem, argValue, checkArgs, describeNames, wantsHelp } from "../../../scripts/lib/args.js";

const CLI: CommandLine = {
  tool: "tool",
  help: "usage: npm run tool [-- --data DIR] [--verbose]",
  values: ["data", "seed"],
  flags: ["verbose"],
};

describe("checkArgs", () => {
  it("answers --help and -h with the help on stdout, wherever they stand, whatever else is there", () => {
    for (const argv of [["--help"], ["-h"], ["--data", "x", "-h"], ["--bogus", "--help"]]) {
      expect(checkArgs(argv, CLI)).toEqual({
        exit: 0,
        stdout: "usage: npm run tool [-- --data DIR] [--verbose]\n",
      });
    }
    expect(checkArgs(["--help"], { tool: "t", help: "text\n" })).toEqual({ exit: 0, stdout: "text\n" });
  });

  it("lets a known command line through", () => {
    expect(checkArgs([], CLI)).toBeUndefined();
    expect(checkArgs(["--data", "d", "--verbose", "--seed", "-1"], CLI)).toBeUndefined();
    // A value is the next argument, as argValue reads it, even when it looks like a flag of another tool.
    expect(checkArgs(["--data", "-x"], CLI)).toBeUndefined();
  });

  it("refuses an unknown option in one line naming it, exit 2", () => {
    expect(checkArgs(["--verbose", "--bogus"], CLI)).toEqual({
      exit: 2,
      stderr: "tool: unknown option --bogus (--help lists the options)\n",
    });
    expect(checkArgs(["-v"], CLI)).toMatchObject({
      stderr: "tool: unknown option -v (--help lists the options)\n",
    });
    // `--name=value` is not a form the scripts read: refused rather than silently ignored.
    expect(checkArgs(["--data=x"], CLI)).toMatchObject({
      exit: 2,
      stderr: expect.stringContaining("--data=x"),
    });
    // A flag given a value, or a value option used as a flag.
    expect(checkArgs(["--verbose", "yes"], CLI)).toMatchObject({
      stderr: 'tool: unexpected argument "yes" (--help lists the options)\n',
    });
  });

  it("refuses a missing value rather than taking the next option or falling back to a default", () => {
    expect(argsProblem(["--data"], CLI)).toBe("--data needs a value");
    expect(argsProblem(["--data", "--verbose"], CLI)).toBe("--data needs a value");
    // What the script would otherwise have done: argValue takes whatever follows.
    expect(argValue(["--data", "--verbose"], "data")).toBe("--verbose");
  });

  it("refuses every argument for a tool without options", () => {
    const bare: CommandLine = { tool: "bare", help: "usage: npm run bare" };
    expect(checkArgs([], bare)).toBeUndefined();
    expect(argsProblem(["x"], bare)).toBe('unexpected argument "x"');
    expect(argsProblem(["--verbose"], bare)).toBe("unknown option --verbose");
    expect(argsProblem(["-"], bare)).toBe('unexpected argument "-"');
  });
});

describe("wantsHelp", () => {
  it("is only --help or -h as a whole argument", () => {
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["-h"])).toBe(true);
    expect(wantsHelp(["--helpful", "-help", "help", "--h"])).toBe(false);
  });
});

describe("describeNames", () => {
  it("shortens numbered runs to a range and keeps the rest", () => {
    const holdouts = Array.from({ length: 38 }, (_, i) => `holdout${i + 2}`);
    expect(describeNames(["dev", "holdout", ...holdouts])).toBe("dev, holdout, holdout2...holdout39");
    expect(describeNames(["a1", "a2", "b", "c1", "c2", "c3", "c5"])).toBe("a1, a2, b, c1...c3, c5");
    expect(describeNames([])).toBe("");
  });
});
