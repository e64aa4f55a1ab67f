import type { Changes } from '../../model/policy.generated.js';
import { words } from '../../i18n/active.js';

export type ChangeChannel = NonNullable<Changes['channels']>[number];

/** How a change is announced, worded to follow "we will tell you …"; `service` is the declared one, if any. */
export function changeChannel(channel: ChangeChannel, service: string | undefined, alone = false): string {
  return words().changeChannel(channel, service, alone);
}
