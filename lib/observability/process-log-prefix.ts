import { StringDecoder } from "node:string_decoder";

/**
 * A function that puts `[label] ` before every line of a stream's text, however the text
 * is split into writes: it remembers whether the last write ended a line.
 */
export function createLinePrefixer(label: string): (text: string) => string {
  const prefix = `[${label}] `;
  let atLineStart = true;
  return (text) => {
    let out = "";
    // Lines with their newline; the last may be unfinished, and continues at the next write.
    for (const piece of text.split(/(?<=\n)/)) {
      if (piece === "") continue;
      // An empty line stays empty.
      if (atLineStart && piece !== "\n") out += prefix;
      out += piece;
      atLineStart = piece.endsWith("\n");
    }
    return out;
  };
}

type Writable = NodeJS.WriteStream;

function prefixWrites(stream: Writable, label: string) {
  const prefix = createLinePrefixer(label);
  const decoder = new StringDecoder("utf8");
  const write = stream.write.bind(stream) as (chunk: string, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    // A Buffer may end inside a multi-byte character: the decoder keeps that part for the next write.
    const text = typeof chunk === "string" ? chunk : decoder.write(Buffer.from(chunk));
    // Whatever encoding argument came with a string chunk, the text is now UTF-16: written as utf8.
    if (typeof rest[0] === "string") rest.shift();
    return write(prefix(text), "utf8", ...rest);
  }) as Writable["write"];
}

/**
 * Every line this process writes to stdout and stderr (console.log, Next.js's own output,
 * error traces) starts with `[label] `, so the interleaved output of several processes
 * says which one wrote each line, without touching the calls that log.
 */
export function prefixProcessOutput(label: string): void {
  prefixWrites(process.stdout, label);
  prefixWrites(process.stderr, label);
}
