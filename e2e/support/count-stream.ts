/** Follows a campaign's SSE count stream from Node, recording every count with its arrival time. */
export async function followCountStream(baseUrl: string, slug: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/campaigns/${slug}/stream`, { signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const counts: { count: number; at: number }[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!event.startsWith("event: count")) continue;
          const data = event.split("\n").find((line) => line.startsWith("data: "))!.slice(6);
          counts.push({ count: JSON.parse(data).signatureCount, at: Date.now() });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    contentType: response.headers.get("content-type"),
    counts,
    latest: () => counts.at(-1)?.count ?? null,
    async close() {
      controller.abort();
      await pump;
    },
  };
}
