// Lets TSX write <news-timeline> and <timeline-event> with their attributes type-checked.
// `document.querySelector('news-timeline')` and the events' `detail` are typed by the package
// itself (HTMLElementTagNameMap and HTMLElementEventMap).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsTimeline, TimelineEventElement } from 'news-timeline';

type ElementProps<T extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<T>, T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': ElementProps<NewsTimeline> & {
        src?: string;
        locale?: string;
        theme?: 'light' | 'dark' | 'auto';
        label?: string;
        selected?: string;
        'reference-date'?: string;
        start?: string;
        end?: string;
      };
      'timeline-event': ElementProps<TimelineEventElement> & {
        date?: string;
        start?: string;
        end?: string;
        'event-id'?: string;
        url?: string;
        group?: string;
        source?: string;
      };
    }
  }
}
