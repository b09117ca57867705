import { describe, expect, it } from "vitest";
import { isReactStreamingScript, reactRuntimeDefinitions } from "./react-streaming-scripts";

describe("isReactStreamingScript", () => {
  const definitions = reactRuntimeDefinitions();
  const boundary = definitions.find((text) => text.includes("$RC=function"))!;
  const segment = definitions.find((text) => text.startsWith("$RS=function"))!;

  it("finds React's helper definitions in the renderer Next.js uses", () => {
    expect(boundary).toBeDefined();
    expect(segment).toBeDefined();
    expect(definitions).toContain("requestAnimationFrame(function(){$RT=performance.now()});");
  });

  it("accepts React's definitions followed by calls with JSON arguments, and calls alone", () => {
    expect(isReactStreamingScript(`${boundary}$RC("B:0","S:0")`)).toBe(true);
    expect(isReactStreamingScript(`${segment}$RS("S:1","P:1")`)).toBe(true);
    expect(isReactStreamingScript('$RC("B:1","S:1")')).toBe(true);
    expect(isReactStreamingScript("requestAnimationFrame(function(){$RT=performance.now()});")).toBe(true);
    expect(isReactStreamingScript('$RR("B:2","S:2",[["/a.css","high"]])')).toBe(true);
  });

  it("refuses anything else, however it begins", () => {
    for (const script of [
      `${boundary}$RC("B:0","S:0");alert(1)`,
      `${boundary}alert(1)`,
      `alert(1);${boundary}$RC("B:0","S:0")`,
      '$RC("B:0",alert(1))',
      '$RC("B:0","S:0"));alert((1',
      "$RX=function(){fetch('//evil')};$RX()",
      boundary.replace("document", "window.top.document"),
      "",
    ]) {
      expect(isReactStreamingScript(script), script.slice(0, 60)).toBe(false);
    }
  });
});
