import { defineRule } from './types.js';
import { isOnDevice } from '../model/normalize.js';

const STORES = { ios: { key: 'apple', name: 'Apple (App Store)' }, android: { key: 'google', name: 'Google Play' } } as const;

export const storeMappingDeclared = defineRule({
  meta: {
    id: 'store-mapping-declared',
    severity: 'warning',
    description: "Once the file declares an app, every data category and every purpose that uses one says what it is in the store's words (stores).",
    rationale:
      "The App Store's privacy label and Google Play's Data safety form must list every type of data an app collects and why (Apple App Review Guideline 5.1.1, Google Play User Data policy); a category without its store names cannot be exported into either, and a label that leaves it out understates what the app collects. Data the app never collects says so with stores.in_app: false.",
    messages: {
      categoryUnmapped: "Data category '{{id}}' has no {{stores}} data types, though the file declares an app.",
      addTypes: "Add stores: { {{keys}} } naming the store's data types, or stores: { in_app: false } if the app never collects it.",
      purposeUnmapped: "Purpose '{{id}}' uses data the app collects but has no {{stores}} purposes.",
      addPurposes: "Add stores: { {{keys}} }, with the store's purposes this one falls under.",
    },
  },
  check(policy, report) {
    const apps = policy.apps ?? [];
    const platforms = (['ios', 'android'] as const).filter((platform) => apps.some((app) => app.platforms.includes(platform)));
    if (platforms.length === 0) return;
    const purposesNamed = new Set<string>();
    policy.data_categories.forEach((category, index) => {
      const stores = category.stores;
      // Neither store counts data processed only on the device as collected.
      if (stores?.in_app === false || isOnDevice(category)) return;
      const missing = platforms.filter((platform) => stores?.[STORES[platform].key] === undefined);
      if (missing.length > 0) {
        report({
          path: ['data_categories', index, stores === undefined ? 'id' : 'stores'],
          messageId: 'categoryUnmapped',
          hintId: 'addTypes',
          data: {
            id: category.id,
            stores: missing.map((p) => STORES[p].name).join(' or '),
            keys: missing.map((p) => `${STORES[p].key}: { types: [...] }`).join(', '),
          },
        });
      }
      policy.purposes.forEach((purpose, p) => {
        if (!purpose.data_categories?.includes(category.id) || purposesNamed.has(purpose.id)) return;
        const unnamed = platforms.filter((platform) => (purpose.stores?.[STORES[platform].key]?.length ?? 0) === 0);
        if (unnamed.length === 0) return;
        purposesNamed.add(purpose.id);
        report({
          path: ['purposes', p, purpose.stores === undefined ? 'id' : 'stores'],
          messageId: 'purposeUnmapped',
          hintId: 'addPurposes',
          data: {
            id: purpose.id,
            stores: unnamed.map((pl) => STORES[pl].name).join(' or '),
            keys: unnamed.map((pl) => `${STORES[pl].key}: [app_functionality]`).join(', '),
          },
        });
      });
    });
  },
});
