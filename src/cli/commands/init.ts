import type { Command } from 'commander';

export interface InitOptions {
  yes?: boolean;
  force?: boolean;
  out: string;
  company?: string;
  email?: string;
  country?: string;
  jurisdictions?: string;
  services?: string;
  effectiveDate?: string;
  /** false with --no-personal-data: the company collects no personal data. */
  personalData: boolean;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('Write a starter privacy.yaml that validates and builds as it is.')
    .option('-y, --yes', 'ask nothing; use the flags and defaults')
    .option('-f, --force', 'overwrite an existing file')
    .option('-o, --out <file>', 'where to write', 'privacy.yaml')
    .option('--company <name>', 'the legal name of the company')
    .option('--email <address>', 'the privacy contact email')
    .option('--country <code>', 'where the company is established (ISO 3166-1 alpha-2)')
    .option('--jurisdictions <list>', 'comma-separated: gdpr, uk_gdpr, swiss_fadp, ccpa, coppa')
    .option('--services <list>', 'comma-separated services you use, e.g. stripe,aws')
    .option('--effective-date <date>', 'YYYY-MM-DD (default: today)')
    .option('--no-personal-data', 'the company collects no personal data: a starter that says so (data_categories: [], purposes: [])')
    .action(async (options: InitOptions) => {
      const { runInit } = await import('./init-run.js');
      process.exitCode = await runInit(options);
    });
}
