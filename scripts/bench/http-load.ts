import autocannon from "autocannon";
import * as hdr from "hdr-histogram-js";

export type LoadResult = {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  loadGeneratorCpuPercent: number;
};

type LoadOptions = {
  url: string;
  connections: number;
  durationSeconds?: number;
  amount?: number;
  method?: "GET" | "POST";
  /** Builds each request's JSON body; return null to stop (nothing left to send). */
  body?: () => unknown | null;
  /** Builds each request as a browser sent it (see browser-requests.ts); return null to stop. */
  raw?: () => { method: string; path: string; headers: Record<string, string>; body: string } | null;
  /** Request headers (a JSON content type when not given). */
  headers?: Record<string, string>;
  /** Gives each request its own client address (X-Forwarded-For), as real traffic has. */
  spreadClientIps?: boolean;
};

const randomIp = () => `10.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}.${(Math.random() * 254 + 1) | 0}`;

/**
 * Drives one endpoint with autocannon and records every response time in an HDR
 * histogram (autocannon's own summary has no p95). Reports the load generator's own CPU,
 * since it shares the two cores with the server.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000, numberOfSignificantValueDigits: 3 });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds ?? 10,
    amount: options.amount,
    timeout: 30,
    requests: [
      {
        method: options.method ?? "GET",
        headers: options.headers ?? { "content-type": "application/json" },
        setupRequest: (request) => {
          if (options.raw) {
            const raw = options.raw();
            if (raw === null) return null as unknown as typeof request;
            const headers = options.spreadClientIps ? { ...raw.headers, "x-forwarded-for": randomIp() } : raw.headers;
            return { ...request, method: raw.method as "POST", path: raw.path, headers, body: raw.body };
          }
          const headers = options.spreadClientIps ? { ...request.headers, "x-forwarded-for": randomIp() } : request.headers;
          if (!options.body) return { ...request, headers };
          const body = options.body();
          if (body === null) return null as unknown as typeof request;
          return { ...request, headers, body: JSON.stringify(body) };
        },
      },
    ],
  }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    histogram.recordValue(Math.max(1, Math.round(responseTime)));
  });
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const completed = result.requests.total;
  return {
    requests: completed,
    perSecond: Math.round(completed / seconds),
    p50: histogram.getValueAtPercentile(50),
    p95: histogram.getValueAtPercentile(95),
    p99: histogram.getValueAtPercentile(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    loadGeneratorCpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / (seconds * 1000)) * 100),
  };
}
