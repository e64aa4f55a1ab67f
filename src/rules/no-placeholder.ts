import { STARTER_SAMPLES } from '../init/samples.js';
import { eachString } from '../model/strings.js';
import { defineRule } from './types.js';

/**
 * The second-level domains reserved for documentation (RFC 2606), and any name under them: no one
 * receives mail there and no company's site lives there, so an address at one is a placeholder
 * that was never replaced. (The reserved top-level names, .example and .test, are left to test
 * suites: no starter or template writes them.)
 */
const RESERVED_DOMAIN = /(?:^|[@/.\s(])((?:[a-z0-9-]+\.)*example\.(?:com|org|net))(?=$|[/:?#>\s),;'"]|\.(?:$|\s))/i;

/**
 * What `policyc init` writes when it is not told the company's name: the package.json `name` or
 * the folder's, lower-case words joined by `-`, `_` or `.` (`acme-web`, `my_app`). A legal name has
 * capitals or spaces ("Acme Ltd"); a single lower-case word is flagged too, since no registry
 * writes a company's name that way.
 */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

export const noPlaceholder = defineRule({
  meta: {
    id: 'no-placeholder',
    severity: 'warning',
    description:
      "No placeholder is left in: an address at example.com, example.org or example.net, a company name that is a package or folder name, or the starter's sample statements unchanged.",
    rationale:
      '`policyc init` fills in what it cannot know (privacy@example.com, the package.json name) and writes sample statements about security and payments that are true of many companies but not necessarily of yours. Each of them builds into a published sentence ("email us at privacy@example.com") that tells readers something false, so each is reported until it is replaced by the company\'s own. A sample statement that is true of your company can stay: reword it, or switch the rule off in policy.rules.',
    messages: {
      packageName: "'{{name}}' in controller.name looks like a package or folder name, not the company's legal name.",
      legalName: "Write the name the company is registered under, such as 'Acme Ltd' or 'Acme, Inc.'.",
      reservedDomain: "'{{text}}' is at {{domain}}, a domain reserved for examples: no one can be reached there.",
      ownAddress: "Replace it with your company's own address.",
      sample: "'{{text}}' is the starter's sample statement, unchanged.",
      sayWhatIsTrue:
        "Say what your company really does. If this is exactly true of it, keep it and switch the rule off: policy.rules: { no-placeholder: 'off' }.",
    },
  },
  check(policy, report) {
    const name = policy.controller.name;
    if (PACKAGE_NAME.test(name)) {
      report({
        path: ['controller', 'name'],
        messageId: 'packageName',
        hintId: 'legalName',
        data: { name },
      });
    }
    eachString(policy, [], (text, at) => {
      const domain = RESERVED_DOMAIN.exec(text)?.[1];
      if (domain !== undefined) {
        report({
          path: [...at],
          messageId: 'reservedDomain',
          hintId: 'ownAddress',
          data: { text, domain },
        });
      } else if (STARTER_SAMPLES.includes(text)) {
        report({
          path: [...at],
          messageId: 'sample',
          hintId: 'sayWhatIsTrue',
          data: { text },
        });
      }
    });
  },
});
