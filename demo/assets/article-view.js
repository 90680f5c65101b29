// Draws article text with its extraction on top: one <p> per non-blank line, each event's source
// sentence wrapped in <span class="sentence">, each normalizer expression in a .timex mark with its
// TIMEX3 value as a tooltip (and optionally as an inline badge). Everything the article says is
// inserted as text nodes, never as HTML.

const ROLE_NAMES = {
  anchor: 'date of an event',
  refinement: 'finer time of an event',
  context: 'other date in an event sentence',
  duration: 'duration',
  reference: 'reference',
  set: 'recurrence',
  undated: 'not placed on the timeline',
  fragment: 'part of an unread date',
  furniture: 'page furniture (ignored)',
};

/** One line describing an expression, for tooltips: `2019-12-29 · DATE · date of event e2`. */
export function describeExpression(expression, why) {
  const value = expression.mod ? `${expression.value} (${expression.mod})` : expression.value;
  const role = ROLE_NAMES[expression.role] ?? expression.role;
  const event = expression.eventId ? ` ${expression.eventId}` : '';
  return `${value} · ${expression.type} · ${role}${event}${why ? `: ${why}` : ''}`;
}

/**
 * Renders `text` into `container`.
 *
 * @param {HTMLElement} container
 * @param {string} text
 * @param {{ events?: Array<{ id: string, sources: Array<{ sentence: { start: number, end: number } }> }>,
 *   expressions?: Array<{ start: number, end: number, value: string, type: string, role: string, mod?: string, eventId?: string }>,
 *   undated?: Array<{ message: string, source: { expression: { start: number } } }>,
 *   badges?: boolean, linkAnchors?: boolean }} [options]
 *   `undated` (from extractEvents) explains in tooltips why a date was not placed; `badges` writes
 *   each value after its expression; `linkAnchors` makes event dates buttons (`data-event-id`).
 * @returns {{ sentences: Map<string, HTMLElement[]> }} sentence elements by event id
 */
export function renderArticle(container, text, options = {}) {
  const { events = [], expressions = [], undated = [], badges = false, linkAnchors = false } = options;
  const reasons = new Map(undated.map((mention) => [mention.source.expression.start, mention.message]));
  const sentences = sentenceSpans(events);
  const marks = nonOverlapping(expressions);
  const byEvent = new Map();
  const fragment = document.createDocumentFragment();
  let si = 0;
  let mi = 0;

  /** Appends text[from, to) to `parent`, with the marks lying wholly inside it. */
  const appendMarked = (parent, from, to) => {
    let cursor = from;
    while (mi < marks.length && marks[mi].start < to) {
      const mark = marks[mi];
      if (mark.start < cursor) {
        mi++; // crosses a paragraph or sentence edge: left as plain text
        continue;
      }
      if (mark.end > to) break;
      if (mark.start > cursor) parent.append(text.slice(cursor, mark.start));
      const why = mark.role === 'undated' ? reasons.get(mark.start) : undefined;
      parent.append(...expressionNodes(text.slice(mark.start, mark.end), mark, { badges, linkAnchors, why }));
      cursor = mark.end;
      mi++;
    }
    if (to > cursor) parent.append(text.slice(cursor, to));
  };

  for (const line of text.matchAll(/[^\n]+/g)) {
    const raw = line[0];
    const start = line.index + (raw.length - raw.trimStart().length);
    const end = line.index + raw.trimEnd().length;
    if (end <= start) continue;
    const paragraph = document.createElement('p');
    while (si < sentences.length && sentences[si].end <= start) si++;
    let pos = start;
    for (let j = si; j < sentences.length && sentences[j].start < end; j++) {
      const sentence = sentences[j];
      const s0 = Math.max(sentence.start, pos);
      const s1 = Math.min(sentence.end, end);
      if (s1 <= s0) continue;
      appendMarked(paragraph, pos, s0);
      const span = document.createElement('span');
      span.className = 'sentence';
      span.dataset.eventIds = sentence.ids.join(' ');
      appendMarked(span, s0, s1);
      paragraph.append(span);
      for (const id of sentence.ids) {
        if (!byEvent.has(id)) byEvent.set(id, []);
        byEvent.get(id).push(span);
      }
      pos = s1;
    }
    appendMarked(paragraph, pos, end);
    fragment.append(paragraph);
  }
  container.replaceChildren(fragment);
  return { sentences: byEvent };
}

function expressionNodes(words, expression, { badges, linkAnchors, why }) {
  const linked = linkAnchors && expression.eventId && ['anchor', 'refinement'].includes(expression.role);
  const mark = document.createElement(linked ? 'button' : 'mark');
  if (linked) {
    mark.type = 'button';
    mark.dataset.eventId = expression.eventId;
  }
  mark.className = 'timex';
  mark.dataset.role = expression.role;
  mark.dataset.value = expression.value;
  mark.title = describeExpression(expression, why);
  mark.textContent = words;
  if (!badges) return [mark];
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.dataset.role = expression.role;
  badge.textContent = expression.mod ? `${expression.value} ${expression.mod}` : expression.value;
  return [mark, badge];
}

/** Sentences of every event occurrence, in text order, without overlaps; shared sentences list every id. */
function sentenceSpans(events) {
  const byRange = new Map();
  for (const event of events) {
    for (const source of event.sources ?? [event.source]) {
      const { start, end } = source.sentence;
      const key = `${start}:${end}`;
      if (!byRange.has(key)) byRange.set(key, { start, end, ids: [] });
      const entry = byRange.get(key);
      if (!entry.ids.includes(event.id)) entry.ids.push(event.id);
    }
  }
  return nonOverlapping([...byRange.values()]);
}

/** Sorted by start; a span that overlaps an earlier one is dropped. */
function nonOverlapping(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let end = -1;
  for (const span of sorted) {
    if (span.start >= end && span.end > span.start) {
      kept.push(span);
      end = span.end;
    }
  }
  return kept;
}
