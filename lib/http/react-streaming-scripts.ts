import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * React's streaming renderer writes small inline scripts into a page when a Suspense
 * boundary finishes after the page's shell: the definitions of its helpers ($RC, $RS, $RX,
 * $RR…, taken verbatim from React's own source) followed by calls with JSON arguments, such
 * as `$RC("B:0","S:0")`. The definitions are read from the React DOM build Next.js renders
 * with, so a script counts as React's only if, once those exact texts are removed, nothing
 * is left but such calls.
 */
const RENDERER_BUILDS = [
  "next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js",
  "next/dist/compiled/react-dom-experimental/cjs/react-dom-server.node.production.js",
];
const PRECOMPUTED_LITERAL = /stringToPrecomputedChunk\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\)/g;
const TRAILING_CALL_OPENING = /\$R[A-Z]{1,2}\("$/;

let definitions: string[] | undefined;

function unescapeLiteral(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, code: string) => {
    if (code[0] === "x" || code[0] === "u") return String.fromCharCode(parseInt(code.slice(1), 16));
    return ({ n: "\n", r: "\r", t: "\t" } as Record<string, string>)[code] ?? code;
  });
}

/** React's helper definitions, longest first (one may contain another). */
export function reactRuntimeDefinitions(): string[] {
  if (definitions) return definitions;
  const require = createRequire(import.meta.url);
  const found = new Set<string>();
  for (const build of RENDERER_BUILDS) {
    let source: string;
    try {
      source = readFileSync(require.resolve(build), "utf8");
    } catch {
      continue; // not installed in this version of Next.js
    }
    for (const [, singleQuoted, doubleQuoted] of source.matchAll(PRECOMPUTED_LITERAL)) {
      const text = unescapeLiteral(singleQuoted ?? doubleQuoted!);
      // The helpers ($RC=function…, $RM=new Map…) and the shell-time stamp that sets $RT.
      if (!text.includes("$R") || !/function|new Map/.test(text)) continue;
      found.add(text.replace(TRAILING_CALL_OPENING, ""));
    }
  }
  definitions = [...found].sort((a, b) => b.length - a.length);
  return definitions;
}

/** Whether `text` is nothing but calls like `$RC("B:0","S:0")` with JSON arguments. */
function onlyHelperCalls(text: string): boolean {
  let position = 0;
  while (position < text.length) {
    const opening = /^;*\$R[A-Z]{1,2}\(/.exec(text.slice(position));
    if (!opening) return false;
    position += opening[0].length;
    const close = closingParenthesis(text, position);
    if (close < 0) return false;
    try {
      JSON.parse(`[${text.slice(position, close)}]`);
    } catch {
      return false;
    }
    position = close + 1;
    while (text[position] === ";") position++;
  }
  return true;
}

/** The index of the `)` that closes a call whose arguments start at `start`, skipping strings. */
function closingParenthesis(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (character === '"') {
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === "\\") index++;
    } else if (character === "[" || character === "{") depth++;
    else if (character === "]" || character === "}") depth--;
    else if (character === ")" && depth === 0) return index;
  }
  return -1;
}

/** React's definitions, each whole and only at the start, then nothing but helper calls. */
export function isReactStreamingScript(body: string): boolean {
  let rest = body;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const definition of reactRuntimeDefinitions()) {
      if (!rest.startsWith(definition)) continue;
      rest = rest.slice(definition.length);
      stripped = true;
    }
  }
  return rest !== body ? rest === "" || onlyHelperCalls(rest) : rest !== "" && onlyHelperCalls(rest);
}
