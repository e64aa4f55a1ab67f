/**
 * Fills a rule's message template: `{{name}}` becomes `data.name`. One pass over the template, so
 * a value from the file that itself contains `{{…}}` is printed as written, never expanded. A
 * placeholder without a value is a defect in the rule, not in the user's file, so it throws.
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    if (!Object.hasOwn(data, name)) throw new Error(`message placeholder '${name}' has no value: ${template}`);
    return String(data[name]);
  });
}

/** A rule's message by id, filled in. An id the rule does not declare is a defect in the rule. */
export function ruleMessage(messages: Readonly<Record<string, string>>, id: string, data?: Readonly<Record<string, string | number>>): string {
  const template = messages[id];
  if (template === undefined) throw new Error(`no message '${id}'`);
  return formatMessage(template, data);
}

/** The placeholder names a template uses, for tests and docs. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1] as string);
}
