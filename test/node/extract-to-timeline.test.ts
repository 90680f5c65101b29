import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEvents, toTimelineEvents } from '../../src/extract/index.js';
import { parseEvents } from '../../src/model/parse-events.js';

describe('toTimelineEvents', () => {
  it('carries "early" and "late" into the timeline as the part of the period they name', () => {
    const text =
      'In early 2004, the company moved its headquarters to Denver.\n\nBy late 2006, it had closed its last factory in Ohio.';
    const { events } = extractEvents(text, { referenceDate: '2019-12-30' });
    const inputs = toTimelineEvents(events);
    assert.deepEqual(
      inputs.map((e) => [e.date, e.mod]),
      [
        ['2004', 'START'],
        ['2006', 'END'],
      ],
    );
    const placed = parseEvents(inputs).events;
    const third = (Date.UTC(2005, 0, 1) - Date.UTC(2004, 0, 1)) / 3;
    assert.deepEqual(
      placed.map((e) => [e.start, e.end, e.fuzzy]),
      [
        [Date.UTC(2004, 0, 1), Date.UTC(2004, 0, 1) + third, true],
        [
          Date.UTC(2007, 0, 1) - (Date.UTC(2007, 0, 1) - Date.UTC(2006, 0, 1)) / 3,
          Date.UTC(2007, 0, 1),
          true,
        ],
      ],
    );
  });
});
