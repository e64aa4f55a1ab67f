import type { Command } from 'commander';
import { stdout } from '../output.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema of privacy.yaml (for editors and other tools).')
    .action(async () => {
      const { default: schema } = await import('../../../schema/privacy.schema.json', { with: { type: 'json' } });
      stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
