import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findTimexes, isTimexValue, loadLocale, resolve } from '../../src/normalize/index.js';
import { HOLIDAYS, holidayDate } from '../../src/normalize/holidays.js';

/** Western Easter 2027 is 28 March, Orthodox Easter 2027 is 2 May. */
const REF = '2027-09-15';

/** Each expression as `text=value start..end` (days of the interval, end exclusive). */
const read = (text: string, locale: string, referenceDate = REF): string[] =>
  findTimexes(text, { referenceDate, locale }).map(
    (t) => `${t.text}=${t.value} ${t.range?.start.slice(0, 10)}..${t.range?.end.slice(0, 10)}`,
  );

before(async () => {
  for (const id of ['es', 'de', 'fr', 'ru']) await loadLocale(id);
});

describe('the shared holiday table', () => {
  test('Easter-relative days are counted from the computed Easter', () => {
    const day = (name: string, year: number): string => {
      const d = holidayDate(HOLIDAYS[name]!, year);
      return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    };
    assert.equal(day('pentecost', 2027), '2027-05-16');
    assert.equal(day('whit monday', 2027), '2027-05-17');
    assert.equal(day('ascension day', 2027), '2027-05-06');
    assert.equal(day('palm sunday', 2027), '2027-03-21');
    assert.equal(day('the feast of corpus christi', 2027), '2027-05-27');
    assert.equal(day('ash wednesday', 2027), '2027-02-10');
  });
  test('Orthodox Easter comes from the Julian computus', () => {
    const day = (year: number): string => {
      const d = holidayDate(HOLIDAYS['orthodox easter']!, year);
      return `${d.year}-${d.month}-${d.day}`;
    };
    assert.deepEqual([2021, 2023, 2024, 2027, 2030].map(day), [
      '2021-5-2',
      '2023-4-16',
      '2024-5-5',
      '2027-5-2',
      '2030-4-28',
    ]);
  });
});

describe('holidays in English', () => {
  test('Pentecost, Whit Monday, Ascension Day, Palm Sunday', () => {
    assert.deepEqual(
      read('Shops closed on Whit Monday, after Pentecost; Ascension Day and Palm Sunday were quiet.', 'en'),
      [
        'Whit Monday=2027-05-17 2027-05-17..2027-05-18',
        'Pentecost=2027-05-16 2027-05-16..2027-05-17',
        'Ascension Day=2027-05-06 2027-05-06..2027-05-07',
        'Palm Sunday=2027-03-21 2027-03-21..2027-03-22',
      ],
    );
  });
  test('Holy Week is the week of Easter, Palm Sunday to Easter Sunday', () => {
    assert.deepEqual(read('Pilgrims filled the city during Holy Week.', 'en'), [
      'Holy Week=2027-W12 2027-03-21..2027-03-29',
    ]);
  });
  test('"Corpus Christi" alone is the city', () => {
    assert.deepEqual(read('He flew to Corpus Christi in May.', 'en'), ['May=2027-05 2027-05-01..2027-06-01']);
  });
});

describe('holidays in Spanish', () => {
  test('Semana Santa is a week; its days are days', () => {
    assert.deepEqual(read('En Semana Santa las playas se llenaron.', 'es'), [
      'Semana Santa=2027-W12 2027-03-21..2027-03-29',
    ]);
    assert.deepEqual(read('La Semana Santa de 2031 cayó pronto.', 'es'), [
      'Semana Santa de 2031=2031-W15 2031-04-06..2031-04-14',
    ]);
    assert.deepEqual(
      read(
        'El Domingo de Ramos salió la procesión, el Jueves Santo llovió y el Domingo de Pascua escampó.',
        'es',
      ),
      [
        'Domingo de Ramos=2027-03-21 2027-03-21..2027-03-22',
        'Jueves Santo=2027-03-25 2027-03-25..2027-03-26',
        'Domingo de Pascua=2027-03-28 2027-03-28..2027-03-29',
      ],
    );
  });
  test('Pentecostés, la Ascensión, Corpus Christi and fixed national days', () => {
    assert.deepEqual(read('El lunes de Pentecostés no hubo clase.', 'es'), [
      'lunes de Pentecostés=2027-05-17 2027-05-17..2027-05-18',
    ]);
    assert.deepEqual(read('La Ascensión y el Corpus Christi se celebraron en mayo.', 'es'), [
      'Ascensión=2027-05-06 2027-05-06..2027-05-07',
      'Corpus Christi=2027-05-27 2027-05-27..2027-05-28',
      'mayo=2027-05 2027-05-01..2027-06-01',
    ]);
    assert.deepEqual(read('El Día de la Hispanidad desfilaron las tropas.', 'es'), [
      'Día de la Hispanidad=2026-10-12 2026-10-12..2026-10-13',
    ]);
  });
  test('"la ascensión" in lower case is a rise, not the holiday', () => {
    assert.deepEqual(read('Su ascensión al poder fue rápida.', 'es'), []);
  });
});

describe('holidays in German', () => {
  test('Pfingsten, Pfingstmontag, Christi Himmelfahrt, Fronleichnam', () => {
    assert.deepEqual(read('Zu Pfingsten und am Pfingstmontag 2028 war es voll.', 'de'), [
      'Pfingsten=2027-05-16 2027-05-16..2027-05-17',
      'Pfingstmontag 2028=2028-06-05 2028-06-05..2028-06-06',
    ]);
    assert.deepEqual(read('An Christi Himmelfahrt und an Fronleichnam blieb das Amt zu.', 'de'), [
      'Christi Himmelfahrt=2027-05-06 2027-05-06..2027-05-07',
      'Fronleichnam=2027-05-27 2027-05-27..2027-05-28',
    ]);
  });
  test('Mariä Himmelfahrt is the Assumption, not the Ascension; the Karwoche a week', () => {
    assert.deepEqual(read('An Mariä Himmelfahrt regnete es.', 'de'), [
      'Mariä Himmelfahrt=2027-08-15 2027-08-15..2027-08-16',
    ]);
    assert.deepEqual(read('In der Karwoche blieben die Kirchen offen.', 'de'), [
      'Karwoche=2027-W12 2027-03-21..2027-03-29',
    ]);
  });
});

describe('holidays in French', () => {
  test('la Pentecôte, le lundi de Pentecôte, l’Ascension', () => {
    assert.deepEqual(read('À la Pentecôte et le lundi de Pentecôte, les trains étaient pleins.', 'fr'), [
      'la Pentecôte=2027-05-16 2027-05-16..2027-05-17',
      'le lundi de Pentecôte=2027-05-17 2027-05-17..2027-05-18',
    ]);
    assert.deepEqual(read('Le pont de l’Ascension a vidé Paris.', 'fr'), [
      'l’Ascension=2027-05-06 2027-05-06..2027-05-07',
    ]);
  });
  test('la Fête nationale, la Toussaint, la Semaine sainte', () => {
    assert.deepEqual(read('La Fête nationale a été calme, la Toussaint aussi.', 'fr'), [
      'La Fête nationale=2027-07-14 2027-07-14..2027-07-15',
      'la Toussaint=2026-11-01 2026-11-01..2026-11-02',
    ]);
    assert.deepEqual(read('Pendant la Semaine sainte, la ville a prié.', 'fr'), [
      'la Semaine sainte=2027-W12 2027-03-21..2027-03-29',
    ]);
  });
  test('"l’ascension du sommet" in lower case is a climb', () => {
    assert.deepEqual(
      read('L’ascension du sommet a duré dix heures.', 'fr').filter((t) => /scension/i.test(t)),
      [],
    );
  });
});

describe('holidays in Russian', () => {
  test('Пасха, Троица and Масленица move with Orthodox Easter', () => {
    assert.deepEqual(read('На Пасху и на Троицу храмы были полны.', 'ru'), [
      'Пасху=2027-05-02 2027-05-02..2027-05-03',
      'Троицу=2027-06-20 2027-06-20..2027-06-21',
    ]);
    assert.deepEqual(read('На Масленицу пекли блины.', 'ru'), ['Масленицу=2027-W10 2027-03-08..2027-03-15']);
  });
  test('Рождество is 7 January; День Победы 9 May', () => {
    assert.deepEqual(read('В 2026 году на Рождество и в День Победы прошли службы.', 'ru'), [
      '2026 году=2026 2026-01-01..2027-01-01',
      'Рождество=2026-01-07 2026-01-07..2026-01-08',
      'День Победы=2026-05-09 2026-05-09..2026-05-10',
    ]);
  });
  test('"троица" in lower case is a trio', () => {
    assert.deepEqual(read('Эта троица друзей уехала.', 'ru'), []);
  });
});

describe('holidays typed', () => {
  test('resolve reads holiday names in each language', () => {
    const value = (text: string, locale: string): string | undefined =>
      resolve(text, { referenceDate: REF, locale, prefer: 'future' })?.value;
    assert.equal(value('Pfingstmontag', 'de'), '2028-06-05');
    assert.equal(value('Semana Santa', 'es'), '2028-W15');
    assert.equal(value('Pentecôte', 'fr'), '2028-06-04');
    assert.equal(value('Пасха', 'ru'), '2028-04-16');
    assert.equal(value('Whit Monday', 'en'), '2028-06-05');
  });
  test('hostile input: many holiday names stay valid and quick', () => {
    const text = 'Semana Santa, Pentecostés y Domingo de Ramos. '.repeat(3000);
    const found = findTimexes(text, { referenceDate: REF, locale: 'es' });
    assert.equal(found.length, 9000);
    for (const t of found) assert.ok(isTimexValue(t.value), t.value);
  });
});

describe('a holiday as the name of a break', () => {
  test('"the Easter recess", "the Christmas recess", "before the Easter break" are the holiday', () => {
    // Easter 2027 is 28 March.
    const cases: [sentence: string, ref: string, value: string][] = [
      ['Lawmakers return after the Easter recess.', '2027-03-10', '2027-03-28'],
      ['Lawmakers return after Easter recess.', '2027-03-10', '2027-03-28'],
      ['The bill passed before the Easter break.', '2027-05-10', '2027-03-28'],
      ['The bill will pass before the Easter break.', '2027-03-10', '2027-03-28'],
      ['The bill stalled over the Christmas recess.', '2027-01-10', '2026-12-25'],
      ['The House goes on its Christmas recess next week.', '2027-12-10', '2027-12-25'],
    ];
    for (const [sentence, ref, value] of cases) {
      const name = /Christmas/.test(sentence) ? 'Christmas' : 'Easter';
      const found = findTimexes(sentence, { referenceDate: ref }).find((t) => t.text === name);
      assert.equal(found?.value, value, sentence);
      // The bare holiday in the same sentence reads the same year.
      const bare = sentence.replace(/(?:the |its )?(Easter|Christmas) (?:recess|break)/, '$1');
      assert.equal(
        findTimexes(bare, { referenceDate: ref }).find((t) => t.text === name)?.value,
        value,
        bare,
      );
    }
  });

  test('a weak past cue does not send a holiday weeks ahead back eleven months', () => {
    // No verb by the date: the past is the news default, not a reason to go a year back.
    assert.deepEqual(read('Lawmakers return after Easter.', 'en', '2027-03-10'), [
      'Easter=2027-03-28 2027-03-28..2027-03-29',
    ]);
    // A past verb right by the holiday still means the last one.
    assert.deepEqual(read('Lawmakers returned after Easter.', 'en', '2027-03-10'), [
      'Easter=2026-04-05 2026-04-05..2026-04-06',
    ]);
    // Looking ahead, the coming holiday however far.
    assert.deepEqual(read('They hope to reopen the bridge by Christmas.', 'en', '2027-03-05'), [
      'Christmas=2027-12-25 2027-12-25..2027-12-26',
    ]);
  });

  test('a break dated outright is that date; the holiday only names it', () => {
    assert.deepEqual(read('Lawmakers leave for the Thanksgiving recess on Nov. 22.', 'en', '2027-11-05'), [
      'Nov. 22=2027-11-22 2027-11-22..2027-11-23',
    ]);
  });

  test('"the Christmas market" is still no date', () => {
    assert.deepEqual(read('Crowds filled the Christmas market.', 'en', '2027-12-10'), []);
  });

  test('German breaks written as one word: Osterpause, Weihnachtsferien, Pfingsturlaub', () => {
    assert.deepEqual(read('Nach der Osterpause kehrten die Abgeordneten zurück.', 'de', '2027-05-10'), [
      'Osterpause=2027-03-28 2027-03-28..2027-03-29',
    ]);
    assert.deepEqual(read('In den Weihnachtsferien ruhte die Arbeit.', 'de', '2027-01-10'), [
      'Weihnachtsferien=2026-12-25 2026-12-25..2026-12-26',
    ]);
    assert.deepEqual(read('Vor dem Pfingsturlaub wird abgestimmt.', 'de', '2027-04-10'), [
      'Pfingsturlaub=2027-05-16 2027-05-16..2027-05-17',
    ]);
    assert.deepEqual(read('Der Weihnachtsmarkt öffnet.', 'de', '2027-12-01'), []);
  });

  test('French and Spanish name the holiday in the break: vacances de Pâques, receso de Navidad', () => {
    assert.deepEqual(read('Après les vacances de Pâques, les députés sont revenus.', 'fr', '2027-05-10'), [
      'Pâques=2027-03-28 2027-03-28..2027-03-29',
    ]);
    assert.deepEqual(read('Antes del receso de Navidad se votó.', 'es', '2027-01-10'), [
      'Navidad=2026-12-25 2026-12-25..2026-12-26',
    ]);
  });
});
