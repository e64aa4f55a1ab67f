import { describe, expect, it } from 'vitest';
import {
  capitalize,
  institution,
  isSentence,
  joinList,
  listItem,
  phrase,
  plural,
  proseList,
  sentence,
  sentenceStart,
} from '../../../../src/render/helpers/text.js';

describe('joinList', () => {
  it('joins none, one, two and many items', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A and B');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinList(['A', 'B', 'C'], 'or')).toBe('A, B or C');
  });
});

describe('proseList', () => {
  it('reads like joinList for plain items', () => {
    expect(proseList([])).toBe('');
    expect(proseList(['A'])).toBe('A');
    expect(proseList(['A', 'B'])).toBe('A and B');
    expect(proseList(['A', 'B', 'C'], 'or')).toBe('A, B or C');
    expect(proseList(['web (a, b)', 'app', 'API'])).toBe('web (a, b), app and API');
  });

  it('keeps items with "and" or "or" whole with a comma before the conjunction', () => {
    expect(proseList(['Photos', 'Analyses', 'Usage and device information'])).toBe('Photos, Analyses, and Usage and device information');
    expect(proseList(['Chat and notes', 'Wallet data'])).toBe('Chat and notes, and Wallet data');
    expect(proseList(['email', 'phone or post'], 'or')).toBe('email, or phone or post');
  });

  it('separates three or more items that contain commas with semicolons', () => {
    expect(proseList(['Stripe, Inc.', 'Agora, Inc.', 'Resend, Inc.'])).toBe('Stripe, Inc.; Agora, Inc.; and Resend, Inc.');
    expect(proseList(['Stripe, Inc.', 'Agora, Inc.'])).toBe('Stripe, Inc. and Agora, Inc.');
  });
});

describe('listItem', () => {
  it('ends every item with a full stop when any is a sentence, and none otherwise', () => {
    expect(listItem('encryption at rest', ['encryption at rest', 'access controls'])).toBe('Encryption at rest');
    expect(listItem('encryption at rest', ['encryption at rest', 'Staff are trained.'])).toBe('Encryption at rest.');
    expect(listItem('Staff are trained.', ['encryption at rest', 'Staff are trained.'])).toBe('Staff are trained.');
  });
});

describe('capitalize', () => {
  it('upper-cases only the first letter', () => {
    expect(capitalize('eu-west-1 region')).toBe('Eu-west-1 region');
    expect(capitalize('iPhone app')).toBe('IPhone app');
    expect(capitalize('')).toBe('');
    expect(capitalize('élan')).toBe('Élan');
  });
});

describe('sentence and phrase', () => {
  it('turns a phrase into a sentence and leaves a sentence alone', () => {
    expect(sentence('keeping the platform secure')).toBe('Keeping the platform secure.');
    expect(sentence('Billing is handled by Stripe.')).toBe('Billing is handled by Stripe.');
    expect(sentence('Really?')).toBe('Really?');
    expect(sentence('He said “yes.”')).toBe('He said “yes.”');
  });

  it('drops one trailing full stop, never an ellipsis', () => {
    expect(phrase('as required by law.')).toBe('as required by law');
    expect(phrase('Sessionly Inc.')).toBe('Sessionly Inc');
    expect(phrase('and so on...')).toBe('and so on...');
  });

  it('tells a sentence from a phrase', () => {
    expect(isSentence('Disabling cookies will break the site.')).toBe(true);
    expect(isSentence('through your browser settings')).toBe(false);
    expect(isSentence('Google settings')).toBe(false);
  });
});

describe('plural', () => {
  it('picks the singular only for exactly one', () => {
    expect(plural(1, 'does', 'do')).toBe('does');
    expect(plural(0, 'does', 'do')).toBe('do');
    expect(plural(2, 'does', 'do')).toBe('do');
  });
});

describe('sentenceStart', () => {
  it('capitalises a leading article but keeps a lower-case brand', () => {
    expect(sentenceStart('the Sessionly platform')).toBe('The Sessionly platform');
    expect(sentenceStart('our app')).toBe('Our app');
    expect(sentenceStart('sessionpix')).toBe('sessionpix');
  });
});

describe('institution', () => {
  it('adds "the" to a name of several words only', () => {
    expect(institution("Information Commissioner's Office")).toBe("the Information Commissioner's Office");
    expect(institution('Datatilsynet')).toBe('Datatilsynet');
    expect(institution('The Data Protection Commission')).toBe('The Data Protection Commission');
    expect(institution('your local data protection authority')).toBe('your local data protection authority');
  });
});
