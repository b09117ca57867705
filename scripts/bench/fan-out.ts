import http from "node:http";
import * as hdr from "hdr-histogram-js";

type Stream = { events: { count: number; at: number }[]; request: http.ClientRequest };

/** Opens `count` SSE streams and records when each count value arrives on each. */
export async function openStreams(url: string, count: number): Promise<{ streams: Stream[]; close: () => void }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const streams: Stream[] = [];
  const opened: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    opened.push(
      new Promise((resolve, reject) => {
        const stream: Stream = { events: [], request: null as unknown as http.ClientRequest };
        stream.request = http.get(url, { agent }, (response) => {
          if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
          let buffer = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => {
            buffer += chunk;
            let match: RegExpExecArray | null;
            const pattern = /"signatureCount":(\d+)/g;
            while ((match = pattern.exec(buffer))) {
              stream.events.push({ count: Number(match[1]), at: performance.now() });
              resolve();
            }
            buffer = buffer.slice(buffer.lastIndexOf("\n\n") + 1);
          });
          response.on("error", () => {});
        });
        stream.request.on("error", (error) => reject(error));
        streams.push(stream);
      }),
    );
    // Open in small waves, as page views arrive, not as one SYN flood.
    if (index % 200 === 199) await Promise.all(opened.slice(-200));
  }
  await Promise.all(opened);
  return { streams, close: () => streams.forEach((stream) => stream.request.destroy()) };
}

/**
 * For each confirmation (in commit order, each raising the count by one from `base`),
 * the time until every stream had received a count at least that high.
 */
export function updateDelays(streams: Stream[], commitTimes: number[], base: number) {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000, numberOfSignificantValueDigits: 3 });
  let missing = 0;
  for (const stream of streams) {
    let eventIndex = 0;
    for (let confirmation = 0; confirmation < commitTimes.length; confirmation++) {
      const wanted = base + confirmation + 1;
      while (eventIndex < stream.events.length && stream.events[eventIndex]!.count < wanted) eventIndex++;
      const event = stream.events[eventIndex];
      if (!event) {
        missing++;
        continue;
      }
      histogram.recordValue(Math.max(1, Math.round(event.at - commitTimes[confirmation]!)));
    }
  }
  return {
    p50: histogram.getValueAtPercentile(50),
    p95: histogram.getValueAtPercentile(95),
    max: histogram.maxValue,
    samples: histogram.totalCount,
    missing,
  };
}
