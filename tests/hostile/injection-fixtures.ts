import { join } from 'node:path';
import { bad, root } from './cli.js';

/** Valid policies full of hostile text: they must build, and every value must stay text. */
export const INERT: readonly string[] = [
  ...['inert-script-values.yaml', 'inert-markdown-names.yaml', 'inert-handlebars.yaml', 'inert-norway.yaml'].map(bad),
  join(root, 'tests/fixtures/render/injection.yaml'),
];
