import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TimelineEventInput } from '../../src/model/event.js';
import { settle, shadow } from './helpers.js';

/** Deterministic pseudo-random generator (LCG); every assertion names its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\u202Eevil\u202C',
  '\u0000\u0007\uFFFF',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🗓️ '.repeat(30),
  'x'.repeat(20_000),
  '   ',
  '',
];
const DATES: unknown[] = [
  '2019-12-29',
  '2019-12-29TEV',
  '2019-W52',
  '199X',
  '2019-XX',
  '2019-Q3',
  '2019-02-30',
  '2019-13',
  'soon',
  'P3Y',
  'PRESENT_REF',
  '2019-12-29T25:00',
  '9999-12-31',
  '0001-01-01',
  ' 2003 ',
  '2003'.repeat(20),
  new Date('2019-12-29'),
  new Date(Number.NaN),
  20191229,
  Number.NaN,
  null,
  true,
  [],
  {},
];
const URLS: unknown[] = [
  'https://example.org/a',
  '/relative',
  'mailto:a@example.org',
  'javascript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:x',
  '//example.org',
  'http://[::1',
  42,
];

/** One hostile event set: wrong types, unreadable dates, markup, unsafe links, duplicate ids, junk. */
function hostileEvents(seed: number, count: number): unknown[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const roll = next();
    if (roll < 0.05) return pick([null, undefined, 42, 'event', [], true]);
    const event: Record<string, unknown> = {};
    if (next() < 0.9) event.title = next() < 0.7 ? `Event ${i}` : pick([...HOSTILE_TEXT, 7, null, {}]);
    if (next() < 0.5) event.date = pick(DATES);
    else {
      event.start = pick(DATES);
      if (next() < 0.7) event.end = pick(DATES);
    }
    if (next() < 0.4) event.description = pick(HOSTILE_TEXT);
    if (next() < 0.4) event.url = pick(URLS);
    if (next() < 0.3) event.id = pick(['a', 'a', 'b', '1', 'event-3', 'event-3-2', 7, {}]);
    if (next() < 0.2) event.group = pick(HOSTILE_TEXT);
    if (next() < 0.1) event[pick(['colour', 'media', 'constructor', '__proto__x'])] = 'x';
    return event;
  });
}

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('<news-timeline> with hostile event sets (seeded)', () => {
  for (const seed of [1, 2, 3, 5, 8, 13, 20261201]) {
    it(`places or reports every item and runs no markup (seed ${seed})`, async () => {
      const events = hostileEvents(seed, 150);
      const uncaught: string[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(e.message);
      window.addEventListener('error', onError);
      const el = document.createElement('news-timeline');
      el.style.width = '900px';
      el.locale = 'en-GB';
      let errors = 0;
      el.addEventListener('timeline-error', () => errors++);
      el.events = events as TimelineEventInput[];
      document.body.append(el);
      try {
        await settle(el);
        const where = `seed ${seed}`;
        // Nothing lost: every item is on the timeline or listed with a reason.
        expect(el.timelineEvents.length + el.invalidEvents.length, where).to.equal(events.length);
        const placed = new Set(el.timelineEvents.map((e) => e.index));
        for (const item of el.invalidEvents) {
          expect(placed.has(item.index), `${where}: item ${item.index} both placed and invalid`).to.equal(
            false,
          );
          expect(item.reason, where).to.be.a('string').and.not.equal('');
        }
        expect(new Set(el.timelineEvents.map((e) => e.id)).size, `${where}: ids unique`).to.equal(
          el.timelineEvents.length,
        );
        if (el.invalidEvents.length) expect(errors, `${where}: timeline-error`).to.equal(1);
        // Open the list and select every placed event in turn: all text, no markup, safe links.
        const list = shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!;
        list.open = true;
        for (const event of el.timelineEvents.slice(0, 40)) {
          el.selected = event.id;
          await el.updateComplete;
          const details = shadow(el).querySelector('[part="details"]')!;
          expect(details.querySelector('h2')!.textContent, where).to.equal(event.title);
          for (const a of details.querySelectorAll('a')) {
            expect(new URL(a.href).protocol, `${where}: ${a.href}`).to.be.oneOf([
              'http:',
              'https:',
              'mailto:',
            ]);
          }
        }
        await el.updateComplete;
        const root = shadow(el);
        expect(
          root.querySelectorAll('script, img, iframe, object, embed, svg:not(.axis, .overview) *').length,
          where,
        ).to.equal(0);
        expect((window as { __pwned?: number }).__pwned, `${where}: markup ran`).to.equal(undefined);
        expect(uncaught, `${where}: uncaught errors`).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});
