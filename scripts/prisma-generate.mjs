// `prisma generate` does not use the schema engine, but the CLI downloads it first. Where
// it is absent and cannot be downloaded (offline machines), point the CLI at a stand-in.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const env = { ...process.env };
let engineFiles = [];
try {
  engineFiles = readdirSync("node_modules/@prisma/engines").filter((name) => name.startsWith("schema-engine"));
} catch {
  // no engines folder: treat as absent
}
if (engineFiles.length === 0 && !env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/false";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
