import { useEffect, useRef, useState } from 'react';
// Registers <news-timeline> and <timeline-event>; the types come along.
import 'news-timeline';
import type { NewsTimeline, TimelineEvent, TimelineEventInput, WindowChangeDetail } from 'news-timeline';

export interface NewsTimelineViewProps {
  events: TimelineEventInput[];
  /** When the article was written, ISO 8601. */
  referenceDate: string;
  onSelect?: (event: TimelineEvent) => void;
  onWindowChange?: (window: WindowChangeDetail) => void;
  /** Reasons the element gave for events it could not place. */
  onDataError?: (reasons: string[]) => void;
}

/**
 * `<news-timeline>` in React. Arrays go in through the `events` property (attributes only carry
 * strings), so a ref sets it; listeners are added on the element, and `event.detail` is typed by
 * the package's HTMLElementEventMap declarations.
 */
export function NewsTimelineView({
  events,
  referenceDate,
  onSelect,
  onWindowChange,
  onDataError,
}: NewsTimelineViewProps) {
  const ref = useRef<NewsTimeline>(null);

  useEffect(() => {
    if (ref.current) ref.current.events = events;
  }, [events]);

  useEffect(() => {
    const timeline = ref.current;
    if (!timeline) return;
    const select = (e: HTMLElementEventMap['event-select']) => onSelect?.(e.detail.event);
    const move = (e: HTMLElementEventMap['window-change']) => onWindowChange?.(e.detail);
    const fail = (e: HTMLElementEventMap['timeline-error']) => onDataError?.(e.detail.reasons);
    timeline.addEventListener('event-select', select);
    timeline.addEventListener('window-change', move);
    timeline.addEventListener('timeline-error', fail);
    return () => {
      timeline.removeEventListener('event-select', select);
      timeline.removeEventListener('window-change', move);
      timeline.removeEventListener('timeline-error', fail);
    };
  }, [onSelect, onWindowChange, onDataError]);

  return <news-timeline ref={ref} reference-date={referenceDate} theme="auto" label="News timeline" />;
}

/** A page using the component: the selected event and the visible window are React state. */
export function App() {
  const [selected, setSelected] = useState<TimelineEvent>();
  const [visible, setVisible] = useState<WindowChangeDetail>();
  const [events] = useState<TimelineEventInput[]>(() => [
    { date: '2018', title: 'U.S. leaves the nuclear deal' },
    { date: '2019-12-29', title: 'U.S. strikes Kataib Hizbullah targets' },
    { date: '2019-12-29TEV', title: 'Rockets hit a base near Baghdad' },
    { start: '2019-10', end: '2019-12', title: 'Protests in Baghdad' },
  ]);

  return (
    <main>
      <NewsTimelineView
        events={events}
        referenceDate="2019-12-30"
        onSelect={setSelected}
        onWindowChange={setVisible}
        onDataError={(reasons) => console.warn(reasons.join('\n'))}
      />
      <p>
        {selected ? `Selected: ${selected.title} (${selected.value})` : 'Select an event.'}
        {visible
          ? ` Showing ${visible.start.toISOString().slice(0, 10)} to ${visible.end.toISOString().slice(0, 10)}.`
          : ''}
      </p>
    </main>
  );
}
