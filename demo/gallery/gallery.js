// Data for the gallery's timelines and the event log. Titles go in as data; the element renders
// them as text.
import '../assets/site.js';
import '../../src/index.ts';
import { ARABIC, GERMAN } from './languages.js';

const log = document.getElementById('log');
const isoDay = (date) => date.toISOString().slice(0, 10);
for (const type of ['event-select', 'window-change', 'timeline-error']) {
  document.addEventListener(type, (e) => {
    const where = e.target.getAttribute('label') || e.target.id || 'timeline';
    const d = e.detail;
    const what =
      type === 'event-select'
        ? `“${d.event.title}” (${d.event.value})`
        : type === 'window-change'
          ? `${isoDay(d.start)} → ${isoDay(d.end)}`
          : d.message;
    log.textContent = `${type} · ${where}: ${what}`;
  });
}

const IRAQ = [
  { date: '1990-08-02', title: 'Iraq invades Kuwait' },
  { start: '1991-01-17', end: '1991-02-28', title: 'Gulf War air and ground campaign' },
  { date: '199X', title: 'Sanctions decade' },
  { date: '1997-XX', title: 'Inspections crisis (month unknown)' },
  { date: '1998-12', title: 'Operation Desert Fox' },
  { date: '2001-09-11', title: 'September 11 attacks', description: 'Attacks in New York and Washington.' },
  { date: '2002-11-08', title: 'UN Resolution 1441' },
  { date: '2003', title: 'The year of the invasion' },
  {
    date: '2003-03-20',
    title: 'Invasion of Iraq begins',
    url: 'https://en.wikipedia.org/wiki/2003_invasion_of_Iraq',
  },
  { date: '2003-04-09', title: 'Fall of Baghdad' },
  { date: '2003-12-13', title: 'Saddam Hussein captured' },
  { date: '2004-Q2', title: 'Transfer of sovereignty' },
  { date: '2006-12-30', title: 'Execution of Saddam Hussein' },
  { start: '2007-01', end: '2008-07', title: 'The surge' },
  { date: '2011-12-18', title: 'Last US troops leave' },
];

/** 400 dispatches over three years: dense enough to cluster when zoomed out. */
function dispatches() {
  const start = Date.UTC(2019, 0, 1);
  return Array.from({ length: 400 }, (_, i) => ({
    date: new Date(start + Math.floor(((i * 7919) % 1000) * 86_400_000 * 1.1)),
    title: `Dispatch ${i + 1}`,
  }));
}

/** The same parliamentary season, titled in each locale's language. */
const SEASON = [
  {
    date: '2024-01-15',
    titles: ['Parliament opens', 'Parlament tritt zusammen', 'Ouverture du Parlement', '国会が開会'],
  },
  { date: '2024-03', titles: ['Budget month', 'Haushaltsmonat', 'Mois du budget', '予算審議の月'] },
  { start: '2024-04-22', end: '2024-05-10', titles: ['Hearings', 'Anhörungen', 'Auditions', '公聴会'] },
  { date: '2024-06-09TEV', titles: ['Evening vote', 'Abstimmung am Abend', 'Vote du soir', '夜の採決'] },
];
const SEASON_LANGUAGES = ['en', 'de', 'fr', 'ja'];

function season(locale) {
  const language = SEASON_LANGUAGES.indexOf(locale.slice(0, 2));
  return SEASON.map(({ titles, ...when }) => ({ ...when, title: titles[Math.max(0, language)] }));
}

document.getElementById('from-property').events = IRAQ;
document.getElementById('german').events = GERMAN.map((event, i) => ({ ...event, id: `g${i + 1}` }));
document.getElementById('arabic').events = ARABIC.map((event, i) => ({ ...event, id: `a${i + 1}` }));

for (const timeline of document.querySelectorAll('[data-sample]')) {
  const sample = timeline.dataset.sample;
  if (sample === 'dispatches') timeline.events = dispatches();
  else if (sample === 'iraq') timeline.events = IRAQ;
  else if (sample === 'season') timeline.events = season(timeline.getAttribute('locale'));
}

document.getElementById('bad').events = [
  { date: '2021-03-01', title: 'A valid event' },
  { date: '2021-05', title: '<img src=x onerror=alert(1)> (shown as text)' },
  { date: 'sometime soon', title: 'Unreadable date' },
  { title: 'No date at all' },
  { date: '2021-02-30', title: 'February 30th' },
  { date: '2021-06-01' },
];

const declarative = document.getElementById('declarative');
let added = 0;
document.getElementById('add-child').addEventListener('click', () => {
  const child = document.createElement('timeline-event');
  child.setAttribute('date', `2020-01-${String(10 + (added % 18)).padStart(2, '0')}`);
  child.textContent = `Added event ${++added}`;
  declarative.append(child);
});
document.getElementById('remove-child').addEventListener('click', () => {
  declarative.querySelector('timeline-event:last-of-type')?.remove();
});
