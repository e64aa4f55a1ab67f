import { formatPath, type Path } from '../diagnostics.js';
import { isOnDevice } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';
import { occurrencesOf } from './support/schema-refs.js';
import { defineRule } from './types.js';

/**
 * What a list of data-category ids at `path` says happens to the data, or undefined where it says
 * nothing the company receives. Every list the schema types as a data-category reference
 * (`#/$defs/id_list`) is walked, as known-data-category walks them, so a field added later is
 * checked without touching this rule; the exceptions are the references that send nothing: a
 * purpose (data used on the device has one), and an AI feature without a provider (it may run on
 * the device).
 */
function sending(policy: Policy, path: Path): string | undefined {
  const [key, index, field] = path;
  const at = <T>(list: readonly T[] | undefined): T | undefined => (typeof index === 'number' ? list?.[index] : undefined);
  switch (key) {
    case 'purposes':
      return undefined;
    case 'subprocessors':
      return `provider '${at(policy.subprocessors)?.name ?? ''}' receives it`;
    case 'recipient_categories':
      return `recipients '${at(policy.recipient_categories)?.name ?? ''}' receive it`;
    case 'retention':
      return 'a retention entry keeps it';
    case 'sale_and_sharing':
      return path.at(-1) === 'sold' ? 'it was sold' : 'it was shared';
    case 'ai': {
      if (index === 'training_data_categories') return 'our AI models are trained on it';
      const feature = typeof field === 'number' ? policy.ai?.features?.[field] : undefined;
      return feature?.provider === undefined ? undefined : `AI feature '${feature.name}' sends it to ${feature.provider}`;
    }
    case 'rights':
      if (index === 'financial_incentives') {
        const incentive = typeof field === 'number' ? policy.rights?.financial_incentives?.[field] : undefined;
        return `financial incentive '${incentive?.name ?? ''}' is offered for it`;
      }
      break;
  }
  return `${formatPath(path)} names it`;
}

export const onDeviceNotSent = defineRule({
  meta: {
    id: 'on-device-not-sent',
    severity: 'error',
    description:
      'A data category marked on_device is not shared with a provider or recipient, kept under a retention entry, sold or shared, used to train AI models, sent to an AI provider, or offered for in a financial incentive: no reference but a purpose (or an AI feature without a provider) names it.',
    rationale:
      "on_device declares that the data stays on the person's device and that the company never receives it, so the policy does not count it as collected. A provider that receives it, a period for which the company keeps it, a sale, a training set, an AI feature's provider or a financial incentive for it all say the company (or someone for it) has it: one of the two statements is false. Where some of the data is sent (a crash report, a DNS request), declare that part as its own category, without on_device.",
    messages: {
      sent: "Data category '{{id}}' is marked on_device (it never leaves the device), but {{what}}.",
      split: "Remove '{{id}}' here, or declare the data that is sent as its own category without on_device.",
    },
  },
  check(policy, report) {
    const onDevice = new Set(policy.data_categories.filter(isOnDevice).map((c) => c.id));
    if (onDevice.size === 0) return;
    for (const { path, value } of occurrencesOf(policy, 'id_list')) {
      if (!Array.isArray(value)) continue;
      const what = sending(policy, path);
      if (what === undefined) continue;
      value.forEach((id: unknown, index) => {
        if (typeof id === 'string' && onDevice.has(id)) report({ path: [...path, index], messageId: 'sent', hintId: 'split', data: { id, what } });
      });
    }
  },
});
