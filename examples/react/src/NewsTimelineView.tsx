import { useState } from 'react';
// The React component, generated from the package's custom-elements.json with @lit/react:
// props are the element's properties, events are typed `on…` props. Importing it registers
// <news-timeline> and <timeline-event>.
import { NewsTimeline } from 'news-timeline/react';
// Types only: React 19 JSX knows <news-timeline> and <timeline-event> and their attributes.
import type {} from 'news-timeline/jsx';
import type { TimelineEvent, TimelineEventInput, WindowChangeDetail } from 'news-timeline';

const EVENTS: TimelineEventInput[] = [
  { date: '2018', title: 'U.S. leaves the nuclear deal' },
  { date: '2019-12-29', title: 'U.S. strikes Kataib Hizbullah targets' },
  { date: '2019-12-29TEV', title: 'Rockets hit a base near Baghdad' },
  { start: '2019-10', end: '2019-12', title: 'Protests in Baghdad' },
];

/** A page using the wrapper: the selected event and the visible window are React state. */
export function App() {
  const [selected, setSelected] = useState<TimelineEvent>();
  const [visible, setVisible] = useState<WindowChangeDetail>();

  return (
    <main>
      <NewsTimeline
        events={EVENTS}
        referenceDate={new Date('2019-12-30')}
        theme="auto"
        label="News timeline"
        onEventSelect={(e) => setSelected(e.detail.event)}
        onWindowChange={(e) => setVisible(e.detail)}
        onTimelineError={(e) => console.warn(e.detail.reasons.join('\n'))}
      />
      <p>
        {selected ? `Selected: ${selected.title} (${selected.value})` : 'Select an event.'}
        {visible
          ? ` Showing ${visible.start.toISOString().slice(0, 10)} to ${visible.end.toISOString().slice(0, 10)}.`
          : ''}
      </p>
      {/* The element itself in JSX: attributes are checked (prefer="bogus" does not compile). */}
      <news-timeline
        prefer="past"
        reference-date="2019-12-30"
        label="Written in HTML"
        onevent-select={(e) => setSelected(e.detail.event)}
      >
        <timeline-event date="2019-12-27" event-id="k1">
          Rocket attack on the K-1 base near Kirkuk
        </timeline-event>
      </news-timeline>
    </main>
  );
}
