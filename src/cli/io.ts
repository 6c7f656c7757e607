/** What a CLI command may touch, injected so that tests run commands in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => AsyncIterable<string>;
  env: Record<string, string | undefined>;
  cwd: string;
};

/** Splits `--flag value` / `--flag=value` / `--switch` options from positional arguments. */
export function parseFlags(
  args: string[],
  withValue: string[],
): { flags: Record<string, string | true>; positional: string[] } {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) flags[name] = inline;
      else if (withValue.includes(name) && i + 1 < args.length) flags[name] = args[++i]!;
      else flags[name] = true;
    } else {
      positional.push(arg);
    }
  }
  return { flags, positional };
}
