import type { Readable, Writable } from "node:stream";

/** A terminal input: the part of tty.ReadStream that reading without echo needs. */
type TerminalInput = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

const ENTER = new Set(["\r", "\n", "\u0004"]);
const ERASE = new Set(["\u007f", "\b"]);
const INTERRUPT = "\u0003";

function readHidden(input: TerminalInput, output: Writable, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode?.(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (done: () => void) => {
      input.off("data", onData);
      input.setRawMode?.(false);
      input.pause();
      output.write("\n");
      done();
    };
    // Raw mode: nothing is echoed, and each key (or a pasted run of keys) arrives as typed.
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === INTERRUPT) return finish(() => reject(new Error("cancelled")));
        if (ENTER.has(char)) return finish(() => resolve(typed));
        typed = ERASE.has(char) ? typed.slice(0, -1) : typed + char;
      }
      return undefined;
    };
    input.on("data", onData);
  });
}

async function readFirstLine(input: Readable): Promise<string> {
  let text = "";
  input.setEncoding("utf8");
  for await (const chunk of input) {
    text += chunk as string;
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

/** Reads a password from a terminal without showing it, or as the first line of piped input. */
export function readPassword(
  prompt: string,
  input: TerminalInput = process.stdin,
  output: Writable = process.stderr,
): Promise<string> {
  return input.isTTY ? readHidden(input, output, prompt) : readFirstLine(input);
}
