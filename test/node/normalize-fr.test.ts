import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findTimexes, isTimexValue, loadLocale, resolve } from '../../src/normalize/index.js';

/** A Tuesday. */
const REF = '2024-03-05';

type Row = [sentence: string, text: string, value: string, mod?: string];

function check([sentence, text, value, mod]: Row): void {
  const found = findTimexes(sentence, { referenceDate: REF, locale: 'fr' });
  const hit = found.find((t) => t.text === text);
  assert.ok(
    hit,
    `"${text}" in "${sentence}": found ${JSON.stringify(found.map((t) => `${t.text}=${t.value}`))}`,
  );
  assert.equal(hit.value, value, `value of "${text}" in "${sentence}"`);
  if (mod) assert.equal(hit.mod, mod, `mod of "${text}"`);
  assert.equal(sentence.slice(hit.start, hit.end), text);
}

const table = (rows: Row[]) => () => {
  for (const row of rows) check(row);
};

before(async () => {
  await loadLocale('fr');
});

describe('French normalizer', () => {
  it(
    'reads years, decades and centuries, leaving the preposition out',
    table([
      ['En 2019, la société a fermé deux usines.', '2019', '2019'],
      ['Les années 1990 ont transformé la ville.', 'Les années 1990', '199X'],
      ['La mode des années soixante revient.', 'années soixante', '196X'],
      ['Au cours du XXe siècle, la population a doublé.', 'XXe siècle', '19'],
      ['Le XIXe siècle a vu naître le chemin de fer.', 'Le XIXe siècle', '18'],
    ]),
  );

  it(
    'reads seasons, quarters and halves',
    table([
      ["L'usine ouvrira au printemps 2025.", 'printemps 2025', '2025-SP'],
      ["L'été dernier, les touristes étaient nombreux.", "L'été dernier", '2023-SU'],
      ['Le chiffre a progressé au troisième trimestre 2023.', 'troisième trimestre 2023', '2023-Q3'],
      ['Les ventes du premier semestre 2022 ont reculé.', 'premier semestre 2022', '2022-H1'],
    ]),
  );

  it(
    'reads deictic days, weeks, months and years',
    table([
      ['Le ministre a démissionné hier.', 'hier', '2024-03-04'],
      ["Il l'avait dit avant-hier.", 'avant-hier', '2024-03-03'],
      ['Le verdict sera rendu après-demain.', 'après-demain', '2024-03-07'],
      ["L'an dernier, les ventes ont chuté.", "L'an dernier", '2023'],
      ['La semaine dernière, le conseil a voté.', 'La semaine dernière', '2024-W09'],
      ['Le texte sera examiné le mois prochain.', 'le mois prochain', '2024-04'],
      ['Cette année, la récolte est bonne.', 'Cette année', '2024'],
      ['Il a été arrêté il y a trois mois.', 'il y a trois mois', '2023-12'],
      ['Elle est partie il y a deux semaines.', 'il y a deux semaines', '2024-W08'],
    ]),
  );

  it(
    'resolves bare months and weekdays by tense',
    table([
      ['Le sommet a eu lieu en juin.', 'juin', '2023-06'],
      ['Le sommet aura lieu en juin.', 'juin', '2024-06'],
      ['Le président a parlé jeudi.', 'jeudi', '2024-02-29'],
      ['Le président parlera jeudi.', 'jeudi', '2024-03-07'],
      ["Elle a indiqué qu'elle déciderait vendredi.", 'vendredi', '2024-03-08'],
      ['Il partira lundi prochain.', 'lundi prochain', '2024-03-11'],
      ['Le dividende sera versé le 15 mars.', '15 mars', '2024-03-15'],
      ["L'hiver prochain sera rude.", "L'hiver prochain", '2024-WI'],
      ['Il est parti mardi dernier.', 'mardi dernier', '2024-02-27'],
    ]),
  );

  it(
    'reads parts of day and clock times',
    table([
      ['Le texte a été adopté mardi soir.', 'mardi soir', '2024-03-05TEV'],
      ['Il a été entendu ce matin.', 'ce matin', '2024-03-05TMO'],
      ['Les faits se sont produits hier soir.', 'hier soir', '2024-03-04TEV'],
      ['La séance reprend à 20 h 30.', '20 h 30', '2024-03-05T20:30'],
      ['Le vol décolle demain à 7h15.', 'demain à 7h15', '2024-03-06T07:15'],
      ['Le conseil se réunira le 12 mars à 14 heures.', '12 mars à 14 heures', '2024-03-12T14:00'],
      [
        'Les voleurs ont frappé dans la nuit de samedi à dimanche.',
        'la nuit de samedi à dimanche',
        '2024-03-02TNI',
      ],
    ]),
  );

  it(
    'reads durations, vague lengths and ages apart',
    table([
      ['Il a passé trois ans en prison.', 'trois ans', 'P3Y'],
      ['Il a écopé d’une peine de 30 ans.', '30 ans', 'P30Y'],
      ['La grève a duré pendant des mois.', 'des mois', 'PXM'],
      ['Le chantier a duré deux ans et demi.', 'deux ans et demi', 'P2.5Y'],
      ['Le projet mûrit depuis plus de dix ans.', 'plus de dix ans', 'P10Y', 'MORE_THAN'],
      ['La panne a duré moins d’une heure.', 'moins d’une heure', 'PT1H', 'LESS_THAN'],
      ["Il y travaille depuis une trentaine d'années.", "une trentaine d'années", 'P30Y', 'APPROX'],
      ['Les prix ont grimpé au cours des six derniers mois.', 'six derniers mois', 'P6M'],
      ['Septante-cinq ans ont passé.', 'Septante-cinq ans', 'P75Y'],
      ['Il a attendu quatre-vingt-dix jours.', 'quatre-vingt-dix jours', 'P90D'],
    ]),
  );

  it('does not mark ages', () => {
    for (const sentence of [
      'Un homme de 34 ans a été interpellé.',
      'Les deux blessés, âgés de 41 et 56 ans, sont sortis.',
      "Il est mort à l'âge de 87 ans.",
      'La campagne vise les plus de 65 ans.',
      'Un épicier de septante-deux ans a été agressé.',
      "Le chanteur s'éteint à 87 ans.",
    ]) {
      const found = findTimexes(sentence, { referenceDate: REF, locale: 'fr' });
      assert.deepEqual(
        found.filter((t) => /ans/.test(t.text)).map((t) => t.text),
        [],
        sentence,
      );
    }
  });

  it(
    'reads sets, modifiers, present references and holidays',
    table([
      ['Le marché se tient chaque lundi.', 'chaque lundi', 'XXXX-WXX-1'],
      ['Le festival revient tous les étés.', 'tous les étés', 'XXXX-SU'],
      ['Le bulletin paraît quotidiennement.', 'quotidiennement', 'P1D'],
      ['La réforme entrera en vigueur début avril.', 'début avril', '2024-04', 'START'],
      ['Les travaux seront achevés fin 2025.', 'fin 2025', '2025', 'END'],
      ['La crise a éclaté à la mi-décembre.', 'la mi-décembre', '2023-12', 'MID'],
      ["Le budget sera bouclé d'ici la fin de l'année.", "la fin de l'année", '2024', 'END'],
      ['Actuellement, le chômage recule.', 'Actuellement', 'PRESENT_REF'],
      ['La ville a décoré les rues pour Noël.', 'Noël', '2023-12-25'],
      ['Nous partirons en vacances cette fin de semaine.', 'cette fin de semaine', '2024-W10-WE'],
    ]),
  );

  it('reads numeric dates day first and chrono-style dates', () => {
    check(['Le décret du 3 mars 2020 a été annulé.', '3 mars 2020', '2020-03-03']);
    check(['Publié le 04/05/2023, le rapport a fait du bruit.', '04/05/2023', '2023-05-04']);
  });
});

describe('French resolve()', () => {
  const read = (text: string, prefer?: 'future' | 'past') =>
    resolve(text, { referenceDate: '2026-03-11T14:30:00Z', locale: 'fr', ...(prefer ? { prefer } : {}) })
      ?.value;
  it('reads what people type', () => {
    assert.equal(read('lundi prochain'), '2026-03-16');
    assert.equal(read('demain à 17h', 'future'), '2026-03-12T17:00');
    assert.equal(read('demain midi', 'future'), '2026-03-12T12:00');
    assert.equal(read('3.5.2026'), '2026-05-03');
    assert.equal(read('12/04/2026'), '2026-04-12');
    assert.equal(read('dans trois jours'), '2026-03-14');
    assert.equal(read('le 3', 'future'), '2026-04-03');
    assert.equal(read('hier soir'), '2026-03-10TEV');
    assert.equal(read('maintenant'), 'PRESENT_REF');
  });
});

describe('French hostile input', () => {
  it('never throws, emits valid values and stays linear', () => {
    const pieces = [
      'il y a ',
      'trois ',
      'ans ',
      'la nuit de ',
      'samedi ',
      'à ',
      '20 h 30 ',
      'fin de ',
      'l’année ',
      'XXe siècle ',
      'septante-',
      'quatre-vingt-',
      '\u0301',
      '\u202f',
      '💥',
      'é',
      'années ',
      '1990 ',
      'chaque ',
      'lundi ',
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const make = (n: number) =>
      Array.from({ length: n }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
    const time = (text: string) => {
      const t0 = performance.now();
      const found = findTimexes(text, { referenceDate: REF, locale: 'fr' });
      for (const t of found) assert.ok(isTimexValue(t.value), `valid value ${t.value}`);
      return performance.now() - t0;
    };
    time(make(200));
    // Minimum of three runs, eight times the input: linear work takes about 8 times as long,
    // quadratic work 64 times; the margin is for a shared, noisy machine.
    const best = (n: number) => {
      const text = make(n);
      return Math.min(time(text), time(text), time(text));
    };
    const small = best(1000);
    const big = best(8000);
    assert.ok(big < small * 32 + 250, `8000 pieces took ${big} ms, 1000 took ${small} ms`);
    assert.doesNotThrow(() => findTimexes('a'.repeat(50000) + ' 2019', { referenceDate: REF, locale: 'fr' }));
  });
});
