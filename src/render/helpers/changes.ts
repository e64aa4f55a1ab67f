import type { Changes } from '../../model/policy.generated.js';

export type ChangeChannel = NonNullable<Changes['channels']>[number];

/** How a change is announced, worded to follow "we will tell you …". */
export function changeChannel(channel: ChangeChannel, service: string): string {
  switch (channel) {
    case 'email':
      return 'by email';
    case 'in_app':
      return `with a notice in ${service}`;
    case 'website':
      return 'by posting a notice on our website';
    case 'other':
      return 'through other appropriate channels';
  }
}
