import { APPLE_DATA_TYPES, APPLE_PURPOSES, GOOGLE_ACCOUNT_CREATION, GOOGLE_DATA_TYPES, GOOGLE_PURPOSES } from './stores.js';

/**
 * The identifier tables of docs/export.md, from the tables the exports use, so the documentation
 * cannot drift from what is written (tests/unit/export/docs.test.ts holds them equal).
 */
export function storeIdentifierTables(): string {
  const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>): string =>
    [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.map((c) => `\`${c}\``).join(' | ')} |`)].join('\n');
  return [
    '### Apple data types (`stores.apple.types`)',
    '',
    table(
      ['privacy.yaml', 'App Store Connect (fastlane)', 'Privacy manifest'],
      Object.entries(APPLE_DATA_TYPES).map(([key, ids]) => [key, ids.connect, ids.manifest]),
    ),
    '',
    '### Apple purposes (`purposes[].stores.apple`)',
    '',
    table(
      ['privacy.yaml', 'App Store Connect (fastlane)', 'Privacy manifest'],
      Object.entries(APPLE_PURPOSES).map(([key, ids]) => [key, ids.connect, ids.manifest]),
    ),
    '',
    '### Google Play data types (`stores.google.types`)',
    '',
    table(
      ['privacy.yaml', 'Question', 'Response', 'Play Console label'],
      Object.entries(GOOGLE_DATA_TYPES).map(([key, row]) => [key, row.group, row.id, row.label]),
    ),
    '',
    '### Google Play purposes (`purposes[].stores.google`, `stores.google.shared_for`)',
    '',
    table(
      ['privacy.yaml', 'Response', 'Play Console label'],
      Object.entries(GOOGLE_PURPOSES).map(([key, row]) => [key, row.id, row.label]),
    ),
    '',
    '### Account creation (`apps[].account_creation`)',
    '',
    table(
      ['privacy.yaml', 'Response', 'Play Console label'],
      Object.entries(GOOGLE_ACCOUNT_CREATION).map(([key, row]) => [key, row.id, row.label]),
    ),
  ].join('\n');
}
