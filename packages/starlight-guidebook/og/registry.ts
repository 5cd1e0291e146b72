import type { CardInput } from './card.ts';

// Pages record their card's content while they render (route-middleware.ts), from Starlight's
// route data; the OG integration, in the same process, draws the cards from this list as soon as
// the pages are generated. No built HTML is read back.

const key = Symbol.for('guidebook.og.cards');

function registry(): Map<string, CardInput> {
  const store = globalThis as Record<symbol, Map<string, CardInput> | undefined>;
  let cards = store[key];
  if (!cards) {
    cards = new Map();
    store[key] = cards;
  }
  return cards;
}

/** A page's card: its slug (see paths.ts) and what it shows. */
export function recordCard(slug: string, input: CardInput): void {
  registry().set(slug, input);
}

/** The cards recorded by this build's pages; the list is emptied (a dev server renders again). */
export function takeCards(): Map<string, CardInput> {
  const cards = new Map(registry());
  registry().clear();
  return cards;
}
