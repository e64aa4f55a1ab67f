import { describe, expect, it } from 'vitest';
import { chooseNonce, createMarkers } from '../../../../src/render/provenance/markers.js';
import { RUNAWAY_MS } from '../../../support/guards.js';

describe('explain markers', () => {
  const markers = createMarkers(chooseNonce([]));

  it('wrap text in a pair that strips to the text and scans back to its id', () => {
    const text = `We use ${markers.wrap('Stripe', 7)} for ${markers.wrap('payments', 12)}.`;
    expect(markers.strip(text)).toBe('We use Stripe for payments.');
    expect(markers.scan(text)).toEqual([
      'We use ',
      { kind: 'open', id: 7 },
      'Stripe',
      { kind: 'close', id: 7 },
      ' for ',
      { kind: 'open', id: 12 },
      'payments',
      { kind: 'close', id: 12 },
      '.',
    ]);
    expect(markers.has(text)).toBe(true);
    expect(markers.has('We use Stripe.')).toBe(false);
  });

  it('leave empty text unmarked, and find the visible text between leading and trailing markers', () => {
    expect(markers.wrap('', 3)).toBe('');
    const text = `${markers.marker('scope', 1)}${markers.wrap('the GDPR', 300)}`;
    expect(text.slice(markers.leading(text))).toBe(`the GDPR${markers.marker('close', 300)}`);
    expect(text.slice(0, markers.trailing(text))).toBe(`${markers.marker('scope', 1)}${markers.marker('open', 300)}the GDPR`);
    expect(markers.leading('plain')).toBe(0);
    expect(markers.trailing('plain')).toBe(5);
  });

  it('are invisible to Markdown: no ASCII, no space, nothing Markdown escapes', () => {
    const marker = markers.marker('open', 255);
    expect(marker).toMatch(/^[\uE000-\uE01F]+$/);
  });

  it('use a nonce that the input does not contain, so a value cannot forge a marker', () => {
    const forged = createMarkers(chooseNonce([])).wrap('forged', 0);
    const nonce = chooseNonce([`name: "${forged}"`]);
    const real = createMarkers(nonce);
    // The forged marker is text to the render's markers: kept by strip, never scanned as a marker.
    expect(real.strip(forged)).toBe(forged);
    expect(real.scan(forged)).toEqual([forged]);
    expect(real.has(forged)).toBe(false);
    expect(nonce).not.toBe(chooseNonce([]));
  });

  it('choose the nonce in one pass, however many near-markers the input holds', () => {
    // Every marker lead followed by each of the first 20,000 nonces.
    const digit = (d: string): string => String.fromCharCode(0xe010 + parseInt(d, 16));
    const nonces = Array.from({ length: 20_000 }, (_, n) => n.toString(16).padStart(4, '0').replace(/./g, digit));
    const input = nonces.map((n) => `\uE000${n}\uE002${n}\uE003${n}`).join(' ');
    const started = performance.now();
    const nonce = chooseNonce([input]);
    expect(performance.now() - started).toBeLessThan(RUNAWAY_MS);
    expect(nonces).not.toContain(nonce);
    expect(input.includes(`\uE000${nonce}`)).toBe(false);
  });
});
