import type { Subprocessor } from '../model/policy.generated.js';

/**
 * Services small companies commonly use, so `policyc init` can list them correctly from a name.
 * Each entry is what the provider's own data-processing terms say: legal entity, role, where it
 * processes data and the safeguard its DPA offers (all of these include the EU SCCs).
 */
export interface KnownService {
  key: string;
  /** Data categories the starter adds when this service is chosen. */
  categories: readonly string[];
  subprocessor: Subprocessor;
}

export const KNOWN_SERVICES: readonly KnownService[] = [
  {
    key: 'aws',
    categories: [],
    subprocessor: {
      name: 'Amazon Web Services, Inc.',
      purpose: 'Cloud hosting and storage',
      location: 'US',
      transfer_mechanism: 'scc',
      url: 'https://aws.amazon.com/privacy/',
    },
  },
  {
    key: 'cloudflare',
    categories: [],
    subprocessor: {
      name: 'Cloudflare, Inc.',
      purpose: 'Content delivery and protection against attacks',
      location: 'US',
      transfer_mechanism: 'scc',
      url: 'https://www.cloudflare.com/privacypolicy/',
    },
  },
  {
    key: 'google-analytics',
    categories: ['usage'],
    subprocessor: {
      name: 'Google LLC (Google Analytics)',
      purpose: 'Website analytics',
      location: 'US',
      transfer_mechanism: 'scc',
      url: 'https://policies.google.com/privacy',
    },
  },
  {
    key: 'openai',
    categories: [],
    subprocessor: {
      name: 'OpenAI, L.L.C.',
      purpose: 'AI features',
      location: 'US',
      transfer_mechanism: 'scc',
      trains_on_data: false,
      url: 'https://openai.com/policies/privacy-policy',
    },
  },
  {
    key: 'anthropic',
    categories: [],
    subprocessor: {
      name: 'Anthropic, PBC',
      purpose: 'AI features',
      location: 'US',
      transfer_mechanism: 'scc',
      trains_on_data: false,
      url: 'https://www.anthropic.com/legal/privacy',
    },
  },
  {
    key: 'postmark',
    categories: [],
    subprocessor: {
      name: 'ActiveCampaign, LLC (Postmark)',
      purpose: 'Transactional email delivery',
      location: 'US',
      transfer_mechanism: 'scc',
      url: 'https://postmarkapp.com/privacy-policy',
    },
  },
  {
    key: 'sendgrid',
    categories: [],
    subprocessor: {
      name: 'Twilio Inc. (SendGrid)',
      purpose: 'Transactional email delivery',
      location: 'US',
      transfer_mechanism: 'scc',
      url: 'https://www.twilio.com/legal/privacy',
    },
  },
  {
    key: 'stripe',
    categories: ['payment'],
    subprocessor: {
      name: 'Stripe, Inc.',
      purpose: 'Payment processing',
      location: 'US',
      transfer_mechanism: 'scc',
      data_categories: ['payment'],
      url: 'https://stripe.com/privacy',
    },
  },
  {
    key: 'vercel',
    categories: [],
    subprocessor: {
      name: 'Vercel Inc.',
      purpose: 'Website hosting',
      location: 'US',
      transfer_mechanism: 'scc',
      url: 'https://vercel.com/legal/privacy-policy',
    },
  },
];

export function findService(key: string): KnownService | undefined {
  return KNOWN_SERVICES.find((s) => s.key === key.trim().toLowerCase());
}
