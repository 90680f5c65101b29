import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findTimexes, isTimexValue, loadLocale, resolve } from '../../src/normalize/index.js';

/** A Wednesday. */
const REF = '2025-10-15';

/** Each expression found, as "text=VALUE" (with " MOD" when there is one). */
function found(text: string, referenceDate = REF): string[] {
  return findTimexes(text, { referenceDate, locale: 'de' }).map(
    (t) => `${t.text}=${t.value}${t.mod ? ' ' + t.mod : ''}`,
  );
}

const typed = (s: string, prefer?: 'future' | 'past'): string | undefined =>
  resolve(s, { referenceDate: `${REF}T09:00:00Z`, locale: 'de', ...(prefer ? { prefer } : {}) })?.value;

before(() => loadLocale('de'));

describe('German normalizer: years, decades, centuries', () => {
  test('years with and without a cue, and counts that are not years', () => {
    assert.deepEqual(found('Im Jahr 2011 wurde die Anlage gebaut, seit 2018 steht sie still.'), [
      'Jahr 2011=2011',
      '2018=2018',
    ]);
    assert.deepEqual(found('Rund 2500 Beschäftigte streikten; 1800 Demonstranten zogen mit.'), []);
    assert.deepEqual(found('Von 2016–2019 stieg der Umsatz.'), ['2016=2016', '2019=2019']);
  });

  test('decades and centuries, with their modifiers', () => {
    assert.deepEqual(found('In den 1980er Jahren und Ende der Siebzigerjahre war das anders.'), [
      'den 1980er Jahren=198X',
      'Ende der Siebzigerjahre=197X END',
    ]);
    assert.deepEqual(found('Die Kirche stammt aus dem 14. Jahrhundert.'), ['dem 14. Jahrhundert=13']);
  });
});

describe('German normalizer: months, seasons, quarters by tense', () => {
  test('a month without a year is the last one in a report and the next one ahead', () => {
    assert.deepEqual(found('Im November hatte der Rat getagt.'), ['November=2024-11']);
    assert.deepEqual(found('Im November wird der Rat tagen.'), ['November=2025-11']);
    assert.deepEqual(found('Der Vertrag war im Feber unterzeichnet worden.'), ['Feber=2025-02']);
    assert.deepEqual(found('Das Werk schloss im März vergangenen Jahres.'), [
      'März vergangenen Jahres=2024-03',
    ]);
  });

  test('seasons, quarters and halves', () => {
    assert.deepEqual(found('Im Frühjahr 2024 sank die Zahl, im vergangenen Winter stieg sie.'), [
      'Frühjahr 2024=2024-SP',
      'vergangenen Winter=2024-WI',
    ]);
    assert.deepEqual(found('Im zweiten Quartal wuchs der Umsatz, im ersten Halbjahr 2023 nicht.'), [
      'zweiten Quartal=2025-Q2',
      'ersten Halbjahr 2023=2023-H1',
    ]);
  });

  test('positions in a period: Anfang, Mitte, Ende', () => {
    assert.deepEqual(found('Anfang 2022 kam die Wende, Mitte Juni die Einigung.'), [
      'Anfang 2022=2022 START',
      'Mitte Juni=2025-06 MID',
    ]);
    assert.deepEqual(found('Bis Ende des Jahres soll das Gesetz stehen.'), ['Ende des Jahres=2025 END']);
  });
});

describe('German normalizer: days', () => {
  test('weekdays by tense, with shift words and parts of day', () => {
    assert.deepEqual(found('Der Minister hatte am Montag erklärt, er werde am Freitag reisen.'), [
      'Montag=2025-10-13',
      'Freitag=2025-10-17',
    ]);
    assert.deepEqual(found('Vergangenen Donnerstag stürzte er; am Samstagabend feierten sie.'), [
      'Vergangenen Donnerstag=2025-10-09',
      'Samstagabend=2025-10-11TEV',
    ]);
    assert.deepEqual(found('Die Abstimmung ist für kommenden Dienstag angesetzt.'), [
      'kommenden Dienstag=2025-10-21',
    ]);
  });

  test('deictic days, with parts of day; "Morgen" the noun is the morning', () => {
    assert.deepEqual(found('Gestern Abend brannte es, vorgestern regnete es, übermorgen wird gewählt.'), [
      'Gestern Abend=2025-10-14TEV',
      'vorgestern=2025-10-13',
      'übermorgen=2025-10-17',
    ]);
    assert.deepEqual(found('Am Morgen war alles ruhig.'), ['Morgen=2025-10-15TMO']);
  });

  test('clock times in German style stay apart from their day', () => {
    assert.deepEqual(found('Am Montag um 19.30 Uhr begann die Sitzung, gegen 23 Uhr war sie zu Ende.'), [
      'Montag=2025-10-13',
      '19.30 Uhr=2025-10-13T19:30',
      '23 Uhr=2025-10-13T23:00 APPROX',
    ]);
    assert.deepEqual(found('Am 2. Mai 2024 um 8 Uhr abends fiel der Strom aus.'), [
      '2. Mai 2024=2024-05-02',
      '8 Uhr abends=2024-05-02T20:00',
    ]);
  });

  test('a date after "seit" has begun, whatever the present verb says', () => {
    assert.deepEqual(found('Seit dem 1. Januar gilt das neue Gesetz.'), ['1. Januar=2025-01-01']);
    assert.deepEqual(found('Seit November gilt die Regel.'), ['November=2024-11']);
  });

  test('numeric dates are day first', () => {
    assert.deepEqual(found('Die Frist endete am 3.5.2025.'), ['3.5.2025=2025-05-03']);
    assert.deepEqual(found('Am 12.10. wurde das bekannt.'), ['12.10.=2025-10-12']);
  });

  test('holidays onto the shared table, and fixed German ones', () => {
    assert.deepEqual(found('Zu Ostern 2024 und am Tag der Deutschen Einheit war es voll.'), [
      'Ostern 2024=2024-03-31',
      'Tag der Deutschen Einheit=2025-10-03',
    ]);
  });
});

describe('German normalizer: relative periods and lengths', () => {
  test('shifted periods, the previous year, heuer', () => {
    assert.deepEqual(found('Letzte Woche sank der Kurs, im Vorjahr stieg er, heuer stagniert er.'), [
      'Letzte Woche=2025-W41',
      'Vorjahr=2024',
      'heuer=2025',
    ]);
    assert.deepEqual(found('Nächstes Jahr soll gebaut werden.'), ['Nächstes Jahr=2026']);
  });

  test('"vor" and "in" with a count, "später" from the story', () => {
    assert.deepEqual(found('Vor vier Jahren zog sie nach Graz.'), ['Vor vier Jahren=2021']);
    assert.deepEqual(found('In drei Wochen wird entschieden.'), ['drei Wochen=2025-W45']);
    assert.deepEqual(found('Am 4. Juli 2021 begann der Bau, zwei Tage später stand er still.'), [
      '4. Juli 2021=2021-07-04',
      'zwei Tage später=2021-07-06',
    ]);
  });

  test('lengths, vague lengths and quantifiers; ages are no lengths', () => {
    assert.deepEqual(found('Der Streit dauerte mehr als zwei Jahre, die Pause fast eine Stunde.'), [
      'mehr als zwei Jahre=P2Y MORE_THAN',
      'fast eine Stunde=PT1H LESS_THAN',
    ]);
    assert.deepEqual(found('Seit Jahren wird gestritten, wochenlang wurde verhandelt.'), [
      'Jahren=PXY',
      'wochenlang=PXW',
    ]);
    assert.deepEqual(found('Er starb im Alter von 79 Jahren.'), []);
    assert.deepEqual(found('Das dauert eineinhalb Jahre.'), ['eineinhalb Jahre=P18M']);
  });

  test('sets and references to the present', () => {
    assert.deepEqual(found('Das Festival findet jährlich statt, jeden Freitag gibt es Konzerte.'), [
      'jährlich=P1Y',
      'jeden Freitag=XXXX-WXX-5',
    ]);
    assert.deepEqual(found('Derzeit gibt es keine Pläne.'), ['Derzeit=PRESENT_REF']);
  });
});

describe('German normalizer: typed strings', () => {
  test('what people type reads as they mean it', () => {
    assert.equal(typed('nächsten Montag', 'future'), '2025-10-20');
    assert.equal(typed('morgen um 17 Uhr', 'future'), '2025-10-16T17:00');
    assert.equal(typed('Fr 9 Uhr', 'future'), '2025-10-17T09:00');
    assert.equal(typed('3.5.2026'), '2026-05-03');
    assert.equal(typed('übernächste Woche', 'future'), '2025-W44');
    assert.equal(typed('heute Abend'), '2025-10-15TEV');
    assert.equal(typed('letztes Jahr'), '2024');
    assert.equal(resolve('Fr 9 Uhr', { referenceDate: REF, locale: 'de' })?.text, 'Fr 9 Uhr');
  });
});

describe('German normalizer: hostile input', () => {
  test('long and odd strings: no throw, valid values, linear time', () => {
    const unit = 'Am Montagabend um 19.30 Uhr, vor drei Jahren, Ende März 2020; ẞ\u0301\u200d🙂 Jänner ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      const all = findTimexes(text, { referenceDate: REF, locale: 'de' });
      const ms = performance.now() - t0;
      for (const t of all) assert.ok(isTimexValue(t.value), t.value);
      return ms;
    };
    time(20);
    const small = time(100);
    const large = time(800);
    // Eight times the text: well under thirty-two times the time (a quadratic cost would be 64×).
    assert.ok(large < Math.max(small, 5) * 32, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`);
    const odd = [
      '',
      ' ',
      '\u0000'.repeat(1000),
      'vor vor vor '.repeat(2000),
      '1. '.repeat(5000),
      '\uD800Mai',
    ];
    for (const s of odd)
      for (const t of findTimexes(s, { referenceDate: REF, locale: 'de' })) assert.ok(isTimexValue(t.value));
  });
});
