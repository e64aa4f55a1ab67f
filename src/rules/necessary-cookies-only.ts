import { defineRule } from './types.js';

export const necessaryCookiesOnly = defineRule({
  meta: {
    id: 'necessary-cookies-only',
    severity: 'error',
    description: 'A policy whose cookies.used lists only strictly_necessary names no tracking tools and declares no third-party tracking.',
    rationale:
      'With cookies.used: [strictly_necessary] the policy says "We use only strictly necessary cookies". Tracking tools (pixels, tags) or third-party tracking scripts make that sentence false: they store or read information on the device for purposes other than providing the service the user asked for, which needs consent in the EU (ePrivacy Directive Art. 5(3)) and is not \'strictly necessary\'.',
    messages: {
      tools: 'The policy would say it uses only strictly necessary cookies (cookies.used lists only strictly_necessary), but cookies.tools names {{tools}}.',
      tracking:
        'The policy would say it uses only strictly necessary cookies (cookies.used lists only strictly_necessary), but cookies.third_party_tracking is true.',
      declare: 'Add the kinds these tools set to cookies.used (analytics, advertising …), or remove what no longer runs.',
    },
  },
  check(policy, report) {
    const cookies = policy.cookies;
    if (cookies === undefined || cookies.used.length !== 1 || cookies.used[0] !== 'strictly_necessary') return;
    const tools = cookies.tools ?? [];
    if (tools.length > 0) {
      const names = tools.map((tool) => `'${tool}'`).join(', ');
      report({ path: ['cookies', 'tools'], onKey: true, messageId: 'tools', hintId: 'declare', data: { tools: names } });
    }
    if (cookies.third_party_tracking === true) report({ path: ['cookies', 'third_party_tracking'], messageId: 'tracking', hintId: 'declare' });
  },
});
