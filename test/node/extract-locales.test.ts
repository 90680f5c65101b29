import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EXTRACTION_LANGUAGES,
  TITLE_MAX_LENGTH,
  extractEvents,
  isExtractionLocaleLoaded,
  loadLanguage,
  splitSentences,
} from '../../src/extract/index.js';
import { extractionLocale, loadExtractionLocale } from '../../src/extract/locales/registry.js';

const sentencesOf = (text: string, locale: string): string[] =>
  splitSentences(text, locale).map((s) => text.slice(s.start, s.end));

/** Wire-style articles, five dated sentences each, with the date words of each sentence's event. */
const ARTICLES: Record<string, { text: string; dates: string[]; titles: string[]; first: string }> = {
  es: {
    text:
      'MADRID — El Gobierno aprobó el 3 de marzo de 2025 un plan de ayudas para los agricultores afectados por la sequía, informó el Ministerio de Agricultura. ' +
      'Según la Agencia Estatal de Meteorología, las lluvias de febrero de 2025 fueron las más escasas desde 1961. ' +
      'La ministra, la Sra. Ana López, dijo el 4 de marzo que las primeras ayudas llegarán en abril. ' +
      'El ministerio informó el 5 de marzo que suspenderá los cortes de agua en Andalucía, Murcia, etc. hasta junio. ' +
      'De acuerdo con la Junta, el embalse de La Viñuela alcanzó el 2 de marzo su nivel más bajo, el 8 % de su capacidad.',
    dates: ['3 de marzo de 2025', 'febrero de 2025', '4 de marzo', '5 de marzo', '2 de marzo'],
    titles: [
      'El Gobierno aprobó un plan de ayudas para los agricultores afectados…',
      'Las lluvias de febrero de 2025 fueron las más escasas desde 1961',
      'Las primeras ayudas llegarán en abril',
      'El ministerio suspenderá los cortes de agua en Andalucía, Murcia…',
      'El embalse de La Viñuela alcanzó su nivel más bajo, el 8 %…',
    ],
    first: 'El Gobierno aprobó un plan de ayudas para los agricultores afectados…',
  },
  de: {
    text:
      'BERLIN (dpa) — Die Bundesregierung hat am 3. März 2025 ein Gesetz zur Wohnungsförderung beschlossen, teilte das Bauministerium mit. ' +
      'Am 4. März wurden nach Angaben der Polizei bei einer Demonstration in Berlin 20 Menschen verletzt. ' +
      'Laut Polizei brach das Feuer in der Nacht zum 5. März in einer Lagerhalle in Köln aus. ' +
      'Dr. Eva Schmidt sagte am 6. März, dass die Regierung u. a. die Mieten begrenzen wolle. ' +
      'Der Bundestag soll am 20. März über den Entwurf abstimmen, der z. B. Familien entlastet, berichtete die Nachrichtenagentur dpa.',
    dates: ['am 3. März 2025', 'Am 4. März', 'in der Nacht zum 5. März', 'am 6. März', 'am 20. März'],
    titles: [
      'Die Bundesregierung hat ein Gesetz zur Wohnungsförderung beschlossen',
      '20 Menschen wurden bei einer Demonstration in Berlin verletzt',
      'Das Feuer brach in einer Lagerhalle in Köln aus',
      'Die Regierung wolle u. a. die Mieten begrenzen',
      'Der Bundestag soll über den Entwurf abstimmen, der z. B. Familien…',
    ],
    first: 'Die Bundesregierung hat ein Gesetz zur Wohnungsförderung beschlossen',
  },
  fr: {
    text:
      'PARIS (AFP) — Le gouvernement a adopté le 3 mars 2025 un projet de loi sur la protection des données, a déclaré le porte-parole. ' +
      "Selon la préfecture, l'incendie a éclaté le 4 mars dans un entrepôt de Saint-Denis. " +
      "M. Dupont a indiqué le 5 mars qu'il quitterait son poste à la fin du mois. " +
      "D'après l'Insee, le chômage a reculé au quatrième trimestre 2024, à 7,3 %. " +
      'Mme Martin a annoncé le 6 mars que les négociations reprendront en avril, p. ex. sur les salaires.',
    dates: ['le 3 mars 2025', 'le 4 mars', 'le 5 mars', 'quatrième trimestre 2024', 'le 6 mars'],
    titles: [
      'Le gouvernement a adopté un projet de loi sur la protection…',
      "L'incendie a éclaté dans un entrepôt de Saint-Denis",
      'M. Dupont quitterait son poste à la fin du mois',
      'Le chômage a reculé, à 7,3 %',
      'Les négociations reprendront en avril, p. ex. sur les salaires',
    ],
    first: 'Le gouvernement a adopté un projet de loi sur la protection…',
  },
  ru: {
    text:
      'МОСКВА — Правительство 3 марта 2025 года утвердило программу поддержки малого бизнеса, заявил министр экономики. ' +
      'По словам спасателей, пожар на складе в Подольске начался 4 марта около полуночи. ' +
      'В. В. Иванов сообщил 5 марта, что он покинет пост директора завода им. Кирова. ' +
      'По данным Росстата, в 2024 г. инфляция составила 9,5 %. ' +
      'Как сообщает ТАСС, 6 марта на ул. Ленина открылась новая станция метро.',
    dates: ['3 марта 2025 года', '4 марта', '5 марта', 'в 2024 г.', '6 марта'],
    titles: [
      'Правительство утвердило программу поддержки малого бизнеса',
      'Пожар на складе в Подольске начался около полуночи',
      'В. В. Иванов покинет пост директора завода им. Кирова',
      'Инфляция составила 9,5 %',
      'На ул. Ленина открылась новая станция метро',
    ],
    first: 'Правительство утвердило программу поддержки малого бизнеса',
  },
};

// Runs first: nothing has loaded a language yet in this process.
describe('languages: loaded on demand, clear errors otherwise', () => {
  test('a language not loaded yet is a TypeError naming loadLanguage', () => {
    assert.equal(isExtractionLocaleLoaded('es-MX'), false);
    assert.throws(() => extractEvents('Hola.', { referenceDate: '2025-03-07', locale: 'es-MX' }), {
      name: 'TypeError',
      message: 'Language "es" is not loaded: await loadLanguage("es") first',
    });
    assert.throws(() => splitSentences('Hallo.', 'de'), {
      name: 'TypeError',
      message: 'Language "de" is not loaded: await loadLanguage("de") first',
    });
  });

  test('a language without tables is a TypeError listing the supported ones', async () => {
    assert.deepEqual(EXTRACTION_LANGUAGES, ['de', 'en', 'es', 'fr', 'ru']);
    assert.throws(() => extractEvents('Ciao.', { referenceDate: '2025-03-07', locale: 'it' }), {
      name: 'TypeError',
      message: 'Unsupported language "it" (supported: de, en, es, fr, ru)',
    });
    await assert.rejects(loadLanguage('it'), {
      name: 'TypeError',
      message: 'Unsupported language "it" (supported: de, en, es, fr, ru)',
    });
    assert.throws(
      () => extractEvents('Hi.', { referenceDate: '2025-03-07', locale: 5 as unknown as string }),
      {
        name: 'TypeError',
        message: "locale must be a BCP 47 string such as 'es', got number",
      },
    );
  });

  test('English needs no loading, under any region', () => {
    assert.equal(isExtractionLocaleLoaded('en-GB'), true);
    assert.deepEqual(sentencesOf('Mr. Smith left. He returned.', 'en-GB'), [
      'Mr. Smith left.',
      'He returned.',
    ]);
  });
});

describe('sentences per language: abbreviations and ordinals do not end them', () => {
  test('Spanish: Sr., Sra., EE.UU., etc., p. ej., núm., 1.º', async () => {
    await loadExtractionLocale('es');
    const text =
      'El Sr. García llegó el 1.º de mayo. Los EE.UU. enviaron ayuda. Compró pan, leche, etc. y se fue. ' +
      'Hubo casos, p. ej. Juan. Vive en la calle Mayor, núm. 5. La Sra. Pérez habló. Fue a EE.UU. El viaje duró poco.';
    assert.deepEqual(sentencesOf(text, 'es'), [
      'El Sr. García llegó el 1.º de mayo.',
      'Los EE.UU. enviaron ayuda.',
      'Compró pan, leche, etc. y se fue.',
      'Hubo casos, p. ej. Juan.',
      'Vive en la calle Mayor, núm. 5.',
      'La Sra. Pérez habló.',
      'Fue a EE.UU.',
      'El viaje duró poco.',
    ]);
  });

  test('German: "am 3. März" and "der 1. FC" go on, z. B., Dr., Nr., bzw., u. a., S.', async () => {
    await loadExtractionLocale('de');
    const text =
      'Am 3. März 2025 begann der Prozess. Dr. Müller sagte, z. B. am Montag. Er wohnt in Nr. 5 bzw. 6. ' +
      'Das betrifft u. a. Berlin. Siehe S. 12 im Bericht. Der 1. FC Köln spielte. Der Wert stieg auf 5. Die Regierung reagierte.';
    assert.deepEqual(sentencesOf(text, 'de'), [
      'Am 3. März 2025 begann der Prozess.',
      'Dr. Müller sagte, z. B. am Montag.',
      'Er wohnt in Nr. 5 bzw. 6.',
      'Das betrifft u. a. Berlin.',
      'Siehe S. 12 im Bericht.',
      'Der 1. FC Köln spielte.',
      'Der Wert stieg auf 5.',
      'Die Regierung reagierte.',
    ]);
  });

  test('French: M., Mme, av. J.-C., p. ex., St-', async () => {
    await loadExtractionLocale('fr');
    const text =
      'M. Dupont est arrivé. Mme Martin a parlé. En 52 av. J.-C. César gagna. Il y a des cas, p. ex. Paris. Il vit à St-Denis. Le soir tomba.';
    assert.deepEqual(sentencesOf(text, 'fr'), [
      'M. Dupont est arrivé.',
      'Mme Martin a parlé.',
      'En 52 av. J.-C. César gagna.',
      'Il y a des cas, p. ex. Paris.',
      'Il vit à St-Denis.',
      'Le soir tomba.',
    ]);
  });

  test('Russian: г., гг., т. е., им., ул., т. д., initials "В. В. Путин"', async () => {
    await loadExtractionLocale('ru');
    const text =
      'В 2019–2020 гг. цены росли. Это случилось в 2019 г. Затем всё изменилось. Это т. е. важно. ' +
      'Школа им. Пушкина открылась. Он живёт на ул. Ленина. В. В. Путин заявил об этом. И т. д. Дальше было тихо.';
    assert.deepEqual(sentencesOf(text, 'ru'), [
      'В 2019–2020 гг. цены росли.',
      'Это случилось в 2019 г.',
      'Затем всё изменилось.',
      'Это т. е. важно.',
      'Школа им. Пушкина открылась.',
      'Он живёт на ул. Ленина.',
      'В. В. Путин заявил об этом.',
      'И т. д.',
      'Дальше было тихо.',
    ]);
  });
});

for (const [language, article] of Object.entries(ARTICLES)) {
  describe(`${language}: a wire story`, () => {
    test('five sentences, exactly', async () => {
      await loadExtractionLocale(language);
      const sentences = sentencesOf(article.text, language);
      assert.equal(sentences.length, 5);
      assert.equal(sentences.join(' '), article.text);
    });

    test('titles: attribution and date phrase removed, fitted, capitalized', async () => {
      const { title } = await loadExtractionLocale(language);
      const titles = sentencesOf(article.text, language).map((sentence, i) => {
        const date = article.dates[i]!;
        const start = sentence.indexOf(date);
        assert.ok(start >= 0, `"${date}" is in sentence ${i + 1}`);
        return title(sentence, { start, end: start + date.length });
      });
      assert.deepEqual(titles, article.titles);
      for (const t of titles) {
        assert.ok(t.length <= TITLE_MAX_LENGTH, `${t} is at most ${TITLE_MAX_LENGTH} characters`);
        assert.ok(!t.startsWith('…') && t.charAt(0) === t.charAt(0).toUpperCase(), t);
      }
    });

    test('end to end: extractEvents reads the story once the language loads', async (t) => {
      try {
        await loadLanguage(language);
      } catch (error) {
        t.skip(`the normalizer cannot read ${language} yet: ${(error as Error).message}`);
        return;
      }
      const { events } = extractEvents(article.text, { referenceDate: '2025-03-07', locale: language });
      const first = events.find((e) => e.date.value === '2025-03-03');
      assert.ok(first, `an event on 2025-03-03 among ${events.map((e) => e.date.value).join(', ')}`);
      assert.equal(first.title, article.first);
      for (const e of events)
        assert.ok(e.title.length <= TITLE_MAX_LENGTH && !e.title.startsWith('…'), e.title);
    });
  });
}

describe('titles keep what carries meaning', () => {
  test('a date after a relational word stays; quotations get their speaker', async () => {
    const es = await loadExtractionLocale('es');
    const sentence = 'El tribunal prorrogó hasta el 30 de junio el plazo de los recursos.';
    const at = sentence.indexOf('30 de junio');
    assert.equal(
      es.title(sentence, { start: at, end: at + 11 }),
      'El tribunal prorrogó hasta el 30 de junio el plazo de los recursos',
    );
    const ru = await loadExtractionLocale('ru');
    const quoted = '«Мы откроем мост к 1 сентября», — заявил 3 марта мэр города.';
    const d = quoted.indexOf('3 марта');
    assert.equal(ru.title(quoted, { start: d, end: d + 7 }), 'Мэр города: «Мы откроем мост к 1 сентября»');
    assert.equal(extractionLocale('ru').language, 'ru');
  });
});

/** [language, sentence, date words, title]: the shapes wire copy takes in each language. */
const SHAPES: readonly (readonly [string, string, string, string])[] = [
  [
    'es',
    'El presidente anunció este lunes que convocará elecciones anticipadas.',
    'este lunes',
    'El presidente convocará elecciones anticipadas',
  ],
  [
    'es',
    'Las autoridades evacuaron el domingo a 3.000 personas, según fuentes oficiales.',
    'el domingo',
    'Las autoridades evacuaron a 3.000 personas',
  ],
  [
    'es',
    '«No vamos a ceder», dijo el martes el portavoz del partido.',
    'el martes',
    'El portavoz del partido: «No vamos a ceder»',
  ],
  [
    'es',
    'Además, el 12 de enero el Congreso rechazó la propuesta.',
    'el 12 de enero',
    'El Congreso rechazó la propuesta',
  ],
  [
    'de',
    'Laut Polizei brach das Feuer in der Nacht zum 5. März in einer Lagerhalle aus.',
    '5. März',
    'Das Feuer brach in einer Lagerhalle aus',
  ],
  [
    'es',
    'Un terremoto sacudió en la madrugada del 2 de marzo el sur de Perú.',
    '2 de marzo',
    'Un terremoto sacudió el sur de Perú',
  ],
  [
    'de',
    'Die Polizei nahm am Sonntag drei Verdächtige fest.',
    'am Sonntag',
    'Die Polizei nahm drei Verdächtige fest',
  ],
  [
    'de',
    '„Wir werden nicht nachgeben“, sagte der Sprecher am Montag.',
    'am Montag',
    'Der Sprecher: „Wir werden nicht nachgeben“',
  ],
  [
    'de',
    'Zudem hat das Gericht am Freitag die Klage abgewiesen.',
    'am Freitag',
    'Das Gericht hat die Klage abgewiesen',
  ],
  [
    'de',
    'Wie das Ministerium am Dienstag mitteilte, wurden 500 Stellen gestrichen.',
    'am Dienstag',
    '500 Stellen wurden gestrichen',
  ],
  ['de', 'Am Mittwoch hat er seinen Rücktritt erklärt.', 'Am Mittwoch', 'Er hat seinen Rücktritt erklärt'],
  // The normalizer leaves the preposition out of the date; the capitalized "Am" goes with it.
  ['de', 'Am Mittwoch hat er seinen Rücktritt erklärt.', 'Mittwoch', 'Er hat seinen Rücktritt erklärt'],
  [
    'fr',
    "Le président a annoncé lundi qu'il dissoudrait l'Assemblée.",
    'lundi',
    "Le président dissoudrait l'Assemblée",
  ],
  [
    'fr',
    '« Nous ne céderons pas », a déclaré mardi le porte-parole.',
    'mardi',
    'Le porte-parole: « Nous ne céderons pas »',
  ],
  [
    'fr',
    'Par ailleurs, la police a interpellé dimanche trois suspects.',
    'dimanche',
    'La police a interpellé trois suspects',
  ],
  [
    'fr',
    "L'entreprise a supprimé 300 emplois en 2024, selon les syndicats.",
    'en 2024',
    "L'entreprise a supprimé 300 emplois",
  ],
  [
    'ru',
    'Президент в понедельник подписал указ о назначении.',
    'в понедельник',
    'Президент подписал указ о назначении',
  ],
  [
    'ru',
    '«Мы не отступим», — сказал во вторник представитель партии.',
    'во вторник',
    'Представитель партии: «Мы не отступим»',
  ],
  [
    'ru',
    'Кроме того, 12 января Госдума отклонила законопроект.',
    '12 января',
    'Госдума отклонила законопроект',
  ],
  [
    'ru',
    'Суд 3 марта арестовал бывшего губернатора, сообщили в пресс-службе суда.',
    '3 марта',
    'Суд арестовал бывшего губернатора',
  ],
];

describe('titles: the shapes of wire copy per language', () => {
  for (const [language, sentence, date, expected] of SHAPES) {
    test(`${language}: ${sentence}`, async () => {
      const { title } = await loadExtractionLocale(language);
      const start = sentence.indexOf(date);
      assert.equal(title(sentence, { start, end: start + date.length }), expected);
    });
  }
});
