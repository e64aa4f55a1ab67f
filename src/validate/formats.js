// The string formats the schema uses, for the ahead-of-time validator (scripts/gen-validator.mjs
// compiles against these and the generated module imports them). They are ajv-formats' full
// formats, with one change of cost, not of meaning, to `uri`.
import { fullFormats } from 'ajv-formats/dist/formats.js';

// ajv-formats' URI pattern without its IP-literal host (`[v6::address]`), which is most of the
// pattern's length: V8 takes about 10 ms to compile the whole of it on its first use, well over
// 0.5 ms for this one. A host written as an IPv4 address still matches as a registered name,
// and without a `[` nothing else in the full pattern could match, so for such strings the two
// agree; anything with a `[` goes to the full pattern.
const URI_WITHOUT_IP_LITERAL =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** Exactly ajv-formats' `uri` (an absolute URI per RFC 3986), cheaper to compile. */
export function uri(value) {
  if (value.includes('[')) return fullFormats.uri(value);
  return /\/|:/.test(value) && URI_WITHOUT_IP_LITERAL.test(value);
}

export const formats = { ...fullFormats, uri };
