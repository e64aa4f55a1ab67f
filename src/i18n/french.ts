/**
 * French prepositions before a phrase, as French writes them: "à" and "de" contract with the
 * articles "le" and "les" ("aux pratiques", "du droit", "des données"), "de" elides before a
 * vowel or a mute h ("d’une obligation"). One place for the rule: the clauses' helper and the
 * notices' phrases both read it.
 */
export function withPreposition(preposition: string, phrase: string): string {
  const article = preposition === 'à' || preposition === 'de' ? /^(les?) (.*)$/isu.exec(phrase) : null;
  if (article) {
    const plural = (article[1] as string).toLowerCase() === 'les';
    const contracted = preposition === 'à' ? (plural ? 'aux' : 'au') : plural ? 'des' : 'du';
    return `${contracted} ${article[2] as string}`;
  }
  if (preposition === 'de' && /^[aeiouh\u00e9\u00e8\u00ea\u00e2\u00ee\u00f4\u00fbAEIOU\u00c9]/u.test(phrase)) return `d’${phrase}`;
  return `${preposition} ${phrase}`;
}
