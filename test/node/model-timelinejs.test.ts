import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { NewsTimeline } from '../../src/elements/classes.js';
import { toEventInput } from '../../src/model/event-json.js';
import {
  parseEvents,
  parseEventsJson,
  readEventsJson,
  TIMELINEJS_HINT,
} from '../../src/model/parse-events.js';
import {
  fromTimelineJS,
  htmlToText,
  isTimelineJS,
  parseTimelineJS,
  timelineJSDateValue,
} from '../../src/model/timelinejs.js';

const file = readFileSync(new URL('../fixtures/timelinejs/kataib-hizbullah.json', import.meta.url), 'utf8');

describe('TimelineJS3 JSON', () => {
  test('a TimelineJS file maps to event inputs: dates, headlines, texts, media, groups, ids, eras', () => {
    const mapped = fromTimelineJS(JSON.parse(file));
    assert.equal(mapped.title, 'U.S. and Kataib Hizbullah\nDecember 2019');
    assert.deepEqual(mapped.events, [
      {
        title: 'U.S.-led invasion of Iraq',
        description: 'The war begins.',
        date: '2003-03-20',
        group: 'Background',
      },
      {
        title: 'U.S. leaves the nuclear deal & reimposes sanctions',
        date: '2018',
        id: 'nuclear-deal',
        group: 'Background',
      },
      {
        title: 'Protests in Baghdad',
        description: 'Weeks of demonstrations against the government.',
        start: '2019-10',
        end: '2019-12',
      },
      {
        title: 'Rockets hit the K-1 base',
        description: 'An American contractor is killed.\nSeveral service members are wounded.',
        date: '2019-12-27T19:20',
        group: 'Attacks',
        media: {
          src: 'https://example.org/images/rockets.jpg',
          alt: 'Rocket launchers found near Kirkuk',
          credit: 'Photo: Example',
        },
      },
      { title: 'U.S. strikes Kataib Hizbullah targets', date: '2019-12-29', group: 'Attacks' },
      { title: 'Talks resume', description: 'Date not yet known.' },
      { title: 'A mistyped date', date: '2019-02-30' },
      { title: 'War against Islamic State', start: '2014-06', end: '2017-12', group: 'Era' },
    ]);
    assert.deepEqual(mapped.warnings, [
      'TimelineJS title "U.S. and Kataib Hizbullah\nDecember 2019" has no start_date, so it is not placed on the timeline',
      'TimelineJS event 7: unknown field "location" ignored',
    ]);
  });

  test('as a src file: every slide is placed or reported, with the granularity of its date', () => {
    const { events, invalid, warnings } = parseTimelineJS(readEventsJson(file));
    assert.deepEqual(
      events.map((e) => [e.title, e.value, e.kind, e.granularity, e.group ?? '']),
      [
        ['U.S.-led invasion of Iraq', '2003-03-20', 'point', 'day', 'Background'],
        ['War against Islamic State', '2014-06/2017-12', 'bar', 'month', 'Era'],
        ['U.S. leaves the nuclear deal & reimposes sanctions', '2018', 'band', 'year', 'Background'],
        ['Protests in Baghdad', '2019-10/2019-12', 'bar', 'month', ''],
        ['Rockets hit the K-1 base', '2019-12-27T19:20', 'point', 'minute', 'Attacks'],
        ['U.S. strikes Kataib Hizbullah targets', '2019-12-29', 'point', 'day', 'Attacks'],
      ],
    );
    assert.equal(events.find((e) => e.value === '2018')?.id, 'nuclear-deal');
    assert.equal(events.find((e) => e.kind === 'bar' && e.group === undefined)?.end, Date.UTC(2020, 0, 1));
    assert.deepEqual(
      invalid.map((i) => [i.index, i.title, i.reason]),
      [
        [5, 'Talks resume', 'no date'],
        [6, 'A mistyped date', 'unreadable date "2019-02-30"'],
      ],
    );
    assert.ok(warnings.includes('TimelineJS event 7: unknown field "location" ignored'));
    assert.ok(
      !warnings.some((w) => /start_date/.test(w) && !w.startsWith('TimelineJS title')),
      warnings.join('\n'),
    );
  });

  test('as the events property: the same document, or an array of slides', () => {
    const doc = JSON.parse(file) as { events: unknown[] };
    assert.equal(parseTimelineJS(doc).events.length, 6);
    const slides = parseTimelineJS(doc.events);
    assert.equal(slides.events.length, 5, 'no eras without the document');
    assert.equal(slides.invalid.length, 2);
  });

  test('parseEvents names the TimelineJS3 reader instead of misreading a document or its slides', () => {
    const doc = JSON.parse(file) as { events: unknown[] };
    for (const input of [doc, doc.events]) {
      const { events, invalid } = parseEvents(input);
      assert.deepEqual(events, []);
      assert.deepEqual(
        invalid.map((i) => [i.index, i.reason]),
        [[0, TIMELINEJS_HINT]],
      );
    }
    assert.deepEqual(parseEventsJson(file).invalid[0]?.reason, TIMELINEJS_HINT);
    assert.match(TIMELINEJS_HINT, /parseTimelineJS\(\) from "news-timeline\/timelinejs"/);
  });

  test('recognises TimelineJS shapes and nothing else', () => {
    assert.equal(isTimelineJS(JSON.parse(file)), true);
    assert.equal(isTimelineJS([{ start_date: { year: 2003 } }]), true);
    assert.equal(isTimelineJS({ title: { text: { headline: 'Only a title' } }, events: [] }), true);
    assert.equal(isTimelineJS([{ date: '2003', title: 'Invasion' }]), false);
    assert.equal(isTimelineJS({ events: [{ date: '2003', title: 'Invasion' }] }), false);
    assert.equal(isTimelineJS([]), false);
    assert.equal(isTimelineJS(null), false);
  });

  test('dates: each granularity, numeric strings, and the reasons for what cannot be a value', () => {
    assert.equal(timelineJSDateValue({ year: 2019 }), '2019');
    assert.equal(timelineJSDateValue({ year: '1998', month: '01' }), '1998-01');
    assert.equal(timelineJSDateValue({ year: 2019, month: 12, day: 29, hour: 18 }), '2019-12-29T18:00');
    assert.equal(
      timelineJSDateValue({ year: 2019, month: 12, day: 29, hour: 18, minute: 5, second: 7 }),
      '2019-12-29T18:05:07',
    );
    assert.equal(timelineJSDateValue({ year: 33 }), '0033');
    assert.deepEqual(timelineJSDateValue({ year: 2019, day: 3 }), { reason: 'day is given without month' });
    assert.deepEqual(timelineJSDateValue({ year: 2019, month: 13 }), {
      reason: 'month must be 1–12, got 13',
    });
    assert.deepEqual(timelineJSDateValue({ year: -500 }), {
      reason: 'year -500 is outside 0–9999, which this timeline can place',
    });
    assert.deepEqual(timelineJSDateValue({ year: 'soon' }), {
      reason: 'year must be a whole number, got "soon"',
    });
    assert.deepEqual(timelineJSDateValue('2019'), {
      reason: 'a TimelineJS date must be an object like { "year": 2019, "month": 12 }',
    });
  });

  test('HTML in headlines and texts becomes plain text', () => {
    assert.equal(
      htmlToText('<p>Rockets &amp; <b>mortars</b></p><p>hit&#8217;s base&nbsp;K-1</p>'),
      'Rockets & mortars\nhit’s base K-1',
    );
    assert.equal(htmlToText('<script>alert(1)</script>x &lt;b&gt;'), 'alert(1)x <b>');
  });
});

describe('toJSON', () => {
  test('the element gives its events in the input format, which reads back to the same events', () => {
    const { events } = parseTimelineJS(readEventsJson(file));
    const json = NewsTimeline.prototype.toJSON.call({ timelineEvents: events } as unknown as NewsTimeline);
    assert.deepEqual(json[1], {
      id: 'event-8',
      title: 'War against Islamic State',
      start: '2014-06',
      end: '2017-12',
      group: 'Era',
    });
    assert.deepEqual(json[0], {
      id: 'event-1',
      title: 'U.S.-led invasion of Iraq',
      date: '2003-03-20',
      description: 'The war begins.',
      group: 'Background',
    });
    const again = parseEvents(JSON.parse(JSON.stringify(json)));
    assert.deepEqual(
      again.events.map((e) => [e.id, e.start, e.end, e.kind, e.title]),
      events.map((e) => [e.id, e.start, e.end, e.kind, e.title]),
    );
    assert.deepEqual(again.invalid, []);
  });

  test('toEventInput keeps a Date input as its ISO string', () => {
    const [event] = parseEvents([{ date: new Date(Date.UTC(2019, 11, 29, 18, 30)), title: 'Vote' }]).events;
    assert.deepEqual(toEventInput(event!), {
      id: 'event-1',
      title: 'Vote',
      date: '2019-12-29T18:30:00.000Z',
    });
  });
});
