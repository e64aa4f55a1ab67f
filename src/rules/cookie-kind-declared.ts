import { defineRule } from './types.js';

export const cookieKindDeclared = defineRule({
  meta: {
    id: 'cookie-kind-declared',
    severity: 'error',
    description: 'Every kind a cookie in cookies.list has is one of the kinds cookies.used declares.',
    rationale:
      'The policy lists the kinds of cookies it uses from cookies.used and each cookie, with its kind, from cookies.list. An advertising cookie in the table of a policy that says it uses only strictly necessary cookies contradicts itself.',
    messages: {
      undeclared: "Cookie '{{name}}' is of kind '{{kind}}', which cookies.used does not list.",
      declare: "Add '{{kind}}' to cookies.used, or correct the cookie's kind.",
    },
  },
  check(policy, report) {
    const used = new Set<string>(policy.cookies?.used ?? []);
    (policy.cookies?.list ?? []).forEach((cookie, index) => {
      if (cookie.kind === undefined || used.has(cookie.kind)) return;
      report({ path: ['cookies', 'list', index, 'kind'], messageId: 'undeclared', hintId: 'declare', data: { name: cookie.name, kind: cookie.kind } });
    });
  },
});
