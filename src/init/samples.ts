/**
 * Statements the starter makes about a company that are true of many companies, not of all. The
 * no-placeholder rule reports each one left unchanged. A module of its own, without imports, so
 * that validate does not load the starter (and its YAML writer) to know them.
 */
export const SECURITY_SAMPLES: readonly string[] = ['Encryption of data in transit (TLS) and at rest', 'Access to personal data limited to staff who need it'];
export const PAYMENT_NOTE_SAMPLE = 'Card numbers are handled by our payment processor and never stored on our servers.';
export const STARTER_SAMPLES: readonly string[] = [...SECURITY_SAMPLES, PAYMENT_NOTE_SAMPLE];
