import type { LanguageCode } from './language-codes.js';

/**
 * Words that a rule or the view recognises in a company's own text, by language. Apart from the
 * catalogs, so that validate, which uses them, still loads no catalog (./language-codes.ts).
 */
export interface WordPatterns {
  /**
   * Words that continue a phrase and cannot open an item of a list ("and", "including"): an item
   * that starts with one was most likely split from the one before by a comma in a YAML flow list.
   */
  continuesPhrase: RegExp;
  /** The office of a data protection officer, as a name field may give it ("Data Protection Officer"): no name to print beside the office. */
  dpoOffice: RegExp;
  /**
   * Abbreviations whose full stop ends no sentence ("z. B.", "bzw.", "p. ex."), global: the
   * fragment rules take their stops out before they look for a second sentence in a phrase. None
   * for English, whose values have been checked without them since the first release.
   */
  abbreviations?: RegExp;
  /**
   * A full stop and what can open a sentence after it: a capital in English and French, where a
   * capital inside a phrase is a name; in German, where every noun has one ("zum 31. Dezember",
   * "Abs. 1 Nr. 4 AO i. V. m. § 257 HGB"), only the words a sentence of a policy opens with.
   */
  newSentence: RegExp;
}

export const WORD_PATTERNS: Readonly<Record<LanguageCode, WordPatterns>> = {
  en: {
    continuesPhrase: /^(?:and|or|including|such as|e\.g\.|i\.e\.|as well as)\s/i,
    dpoOffice: /^(?:(?:the|our|a)\s+)?data\s+protection\s+officer(?:\s*\(DPO\))?$/i,
    newSentence: /[.!?]\s+\p{Lu}/u,
  },
  de: {
    continuesPhrase: /^(?:und|oder|einschlie\u00dflich|etwa|sowie|z\. ?B\.)\s/i,
    dpoOffice: /^(?:(?:der|die|unser|unsere)\s+)?(?:betriebliche[rn]?\s+)?datenschutzbeauftragte[rn]?$/i,
    abbreviations:
      /(?<![\p{L}\p{N}])(?:z\.\s?B|d\.\s?h|u\.\s?a|u\.\s?U|v\.\s?a|z\.\s?T|e\.\s?V|bzw|bzgl|ca|ggf|evtl|inkl|insb|bspw|vgl|sog|Nr|Art|Abs|gem|max|mind|zzgl|Co|Dr|Str|St|Tel|Mio|Mrd|gg\u00fc|i\.\s?V\.\s?m|i\.\s?S\.\s?d|o\.\s?\u00c4|a\.\s?M|Hr|Fr|Prof)\./giu,
    newSentence:
      /[.!?]\s+(?:Wir|Sie|Es|Er|Man|Ihr|Ihre|Unser|Unsere|Die|Der|Das|Dies|Diese|Dieser|Dieses|Ein|Eine|Bei|Nach|F\u00fcr|Wenn|Falls|Sobald|Danach|Anschlie\u00dfend|Au\u00dferdem|Dabei|Dazu|Hierzu|Auch|Nur|Zudem|Im|Am|Zum|Zur|In|Mit|Um|Dort|Hier)\b/u,
  },
  fr: {
    continuesPhrase: /^(?:et|ou|y compris|notamment|ainsi que|par exemple)\s/i,
    dpoOffice: /^(?:(?:le|la|notre)\s+)?d\u00e9l\u00e9gu\u00e9e?\s+\u00e0\s+la\s+protection\s+des\s+donn\u00e9es(?:\s*\((?:DPO|DPD)\))?$/i,
    abbreviations: /(?<![\p{L}\p{N}])(?:p\.\s?ex|c\.-\u00e0-d|s\.\s?a(?:\.\s?s)?|cf|env|art|al|MM|M|Mme|Dr|av|bd|St|Ste)\./giu,
    newSentence: /[.!?]\s+\p{Lu}/u,
  },
};
