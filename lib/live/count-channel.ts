/** The PostgreSQL NOTIFY channel that tells every process a campaign's count changed. */
export const COUNT_CHANNEL = "chorus_signature_count";
