// Articles the playground offers; written for this demo (the seed article is fetched from ../seed/).
import { LANGUAGE_SAMPLES } from './samples-i18n.js';

export const SAMPLES = [
  {
    id: 'seed',
    lang: 'en',
    name: 'RFE/RL report, 30 Dec 2019 (the seed article)',
    referenceDate: '2019-12-30',
    url: '../seed/article.txt',
  },
  {
    id: 'earnings',
    lang: 'en',
    name: 'Quarterly results (quarters, weekdays, future tense)',
    referenceDate: '2019-10-24',
    text: `Acme Corp. said on Thursday that third-quarter profit rose 12 percent from a year earlier, helped by strong sales in Europe. Revenue for the quarter was $4.1 billion, up from $3.6 billion in the year-ago quarter.

The company, which was founded in 1987 and went public in the late 1990s, will report full-year results in February. Chief executive Jane Doe, who took over in March 2016, said a new plant in Ohio is scheduled to open next year.

Shares have risen for three straight months and closed at a record on Wednesday. Acme pays a dividend every quarter.`,
  },
  {
    id: 'storm',
    lang: 'en',
    name: 'Storm report (parts of day, anniversaries, decades)',
    referenceDate: '2021-08-30',
    text: `Hurricane Ida made landfall near Port Fourchon, Louisiana, on Sunday afternoon, 16 years to the day after Hurricane Katrina. By Monday morning more than a million homes and businesses were without power.

The storm weakened overnight and is expected to bring heavy rain to the Northeast on Wednesday. Officials said repairs to the grid could take weeks.

Katrina struck on August 29, 2005, and killed more than 1,800 people. The levee system was rebuilt over the following decade at a cost of $14.5 billion.`,
  },
  ...LANGUAGE_SAMPLES,
  { id: 'blank', lang: 'en', name: 'Blank: paste your own', referenceDate: '', text: '' },
];
