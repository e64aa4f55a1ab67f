import type { Path } from '../diagnostics.js';
import { isOnDevice } from '../model/normalize.js';
import type { Policy } from '../model/policy.generated.js';
import { defineRule } from './types.js';

/** Every place the file says the company receives, keeps, shares, sells or trains on a category, with what it says there. */
function receivingReferences(policy: Policy): Array<{ path: Path; ids: readonly string[] | undefined; what: string }> {
  const past = policy.sale_and_sharing?.past_12_months;
  return [
    ...(policy.subprocessors ?? []).map((s, i) => ({
      path: ['subprocessors', i, 'data_categories'],
      ids: s.data_categories,
      what: `provider '${s.name}' receives it`,
    })),
    ...(policy.recipient_categories ?? []).map((r, i) => ({
      path: ['recipient_categories', i, 'data_categories'],
      ids: r.data_categories,
      what: `recipients '${r.name}' receive it`,
    })),
    ...(policy.retention ?? []).map((entry, i) => ({
      path: ['retention', i, 'data_categories'],
      ids: entry.data_categories,
      what: 'a retention entry keeps it',
    })),
    { path: ['sale_and_sharing', 'past_12_months', 'sold'], ids: past?.sold, what: 'it was sold' },
    { path: ['sale_and_sharing', 'past_12_months', 'shared'], ids: past?.shared, what: 'it was shared' },
    { path: ['ai', 'training_data_categories'], ids: policy.ai?.training_data_categories, what: 'our AI models are trained on it' },
  ];
}

export const onDeviceNotSent = defineRule({
  meta: {
    id: 'on-device-not-sent',
    severity: 'error',
    description:
      'A data category marked on_device is not shared with a provider or recipient, kept under a retention entry, sold or shared, or used to train AI models.',
    rationale:
      "on_device declares that the data stays on the person's device and that the company never receives it, so the policy does not count it as collected. A provider that receives it, a period for which the company keeps it, a sale or a training set all say the company has it: one of the two statements is false. Where some of the data is sent (a crash report, a DNS request), declare that part as its own category, without on_device.",
    messages: {
      sent: "Data category '{{id}}' is marked on_device (it never leaves the device), but {{what}}.",
      split: "Remove '{{id}}' here, or declare the data that is sent as its own category without on_device.",
    },
  },
  check(policy, report) {
    const onDevice = new Set(policy.data_categories.filter(isOnDevice).map((c) => c.id));
    if (onDevice.size === 0) return;
    for (const { path, ids, what } of receivingReferences(policy)) {
      (ids ?? []).forEach((id, index) => {
        if (onDevice.has(id)) report({ path: [...path, index], messageId: 'sent', hintId: 'split', data: { id, what } });
      });
    }
  },
});
