// Stands in for the `server-only` marker package when Vitest imports server modules.
export {};
