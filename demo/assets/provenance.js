// Links an article rendered by article-view.js with a <news-timeline>: clicking a date in the text
// selects its event (panning the timeline to it), selecting an event tints its sentence(s) and
// scrolls the first one into view.

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** Pans, and zooms out when the event is wider than the window, so that `event` is in view. */
export function reveal(timeline, event) {
  const start = timeline.start.getTime();
  const end = timeline.end.getTime();
  if (event.start >= start && event.end <= end) return;
  const centre = (event.start + event.end) / 2;
  const width = Math.max(end - start, (event.end - event.start) * 1.4);
  timeline.start = new Date(centre - width / 2);
  timeline.end = new Date(centre + width / 2);
}

/**
 * @param {HTMLElement} article the container renderArticle() drew into
 * @param {HTMLElement & { selected?: string, timelineEvents: ReadonlyArray<{ id: string, start: number, end: number }> }} timeline
 * @param {(event: { id: string, value: string, title: string } | undefined) => void} [onSelect]
 * @returns {{ setSentences(sentences: Map<string, HTMLElement[]>): void }} call after each render
 */
export function linkArticle(article, timeline, onSelect = () => {}) {
  let sentences = new Map();
  let active = [];

  const markSentences = (id, scroll) => {
    for (const element of active) element.classList.remove('active');
    active = sentences.get(id) ?? [];
    for (const element of active) element.classList.add('active');
    if (scroll && active[0]) {
      active[0].scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    }
  };

  article.addEventListener('click', (e) => {
    const button = e.target.closest('button.timex[data-event-id]');
    if (!button) return;
    const event = timeline.timelineEvents.find((candidate) => candidate.id === button.dataset.eventId);
    if (!event) return;
    reveal(timeline, event);
    timeline.selected = event.id;
    markSentences(event.id, false);
    onSelect(event);
  });

  timeline.addEventListener('event-select', (e) => {
    markSentences(e.detail.event.id, true);
    onSelect(e.detail.event);
  });

  return {
    setSentences(next) {
      sentences = next;
      active = [];
      if (timeline.selected !== undefined) markSentences(timeline.selected, false);
    },
  };
}
