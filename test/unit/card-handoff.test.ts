import { afterEach, describe, expect, it } from 'vitest';
import { cardUiFactory, offerCardUi, type CreateCardUi } from '../../entrypoints/content/card-handoff';

const SLOT_KEY = Symbol.for('entente.cardUi');
const fakeFactory = (() => Promise.reject(new Error('not built in this test'))) as unknown as CreateCardUi;

describe('the hover card handoff between the two content scripts', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[SLOT_KEY];
  });

  it('gives the factory at once when hover-card.js has already run', async () => {
    offerCardUi(fakeFactory);
    await expect(cardUiFactory()).resolves.toBe(fakeFactory);
  });

  it('waits for hover-card.js when the content script asks first, every asker', async () => {
    const first = cardUiFactory();
    const second = cardUiFactory();
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    offerCardUi(fakeFactory);
    await expect(first).resolves.toBe(fakeFactory);
    await expect(second).resolves.toBe(fakeFactory);
  });
});
