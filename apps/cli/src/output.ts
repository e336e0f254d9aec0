/** Human and JSON output conventions shared by every command. */
import { stdout } from "node:process";

/** Colours only on a TTY and never with NO_COLOR (https://no-color.org). */
export function useColour(stream: NodeJS.WriteStream = stdout): boolean {
  return stream.isTTY === true && (process.env.NO_COLOR ?? "") === "";
}

const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
export type Style = keyof typeof CODES;

export function paint(text: string, style: Style, stream: NodeJS.WriteStream = stdout): string {
  return useColour(stream) ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

/** Prints one JSON document on stdout. */
export function printJson(value: unknown): void {
  stdout.write(`${JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `0x${v.toString(16)}` : v), 2)}\n`);
}

/** Formats rows as an aligned table; the first row is the header. Colour codes do not count toward width. */
export function table(rows: readonly (readonly string[])[]): string {
  const esc = String.fromCharCode(27);
  const visible = (s: string) =>
    s.split(esc).reduce((n, part, i) => n + (i === 0 ? part.length : part.replace(/^\[[0-9;]*m/, "").length), 0);
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visible(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - visible(cell))))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function printLine(text = ""): void {
  stdout.write(`${text}\n`);
}
