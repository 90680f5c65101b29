import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes, isTimexValue, loadLocale, resolve } from '../../src/normalize/index.js';
import { REF, type Expectation } from './normalize-helpers.js';

// Sentences written for these tests; the reference is the seed's Monday, 30 December 2019.
const ru = { referenceDate: REF, locale: 'ru' } as const;

function expectRu(
  sentence: string,
  [text, value, type, mod]: Expectation,
  referenceDate: string = REF,
): void {
  const found = findTimexes(sentence, { ...ru, referenceDate });
  const hit = found.find((t) => t.text === text);
  assert.ok(
    hit,
    `expected "${text}" in "${sentence}"; found ${JSON.stringify(found.map((t) => `${t.text}=${t.value}`))}`,
  );
  assert.equal(hit.value, value, `value of "${text}" in "${sentence}"`);
  if (type) assert.equal(hit.type, type, `type of "${text}"`);
  if (mod) assert.equal(hit.mod, mod, `mod of "${text}"`);
  assert.equal(sentence.slice(hit.start, hit.end), text);
}

function cases(name: string, list: [string, Expectation][]): void {
  void describe(name, () => {
    for (const [sentence, expected] of list)
      it(`${expected[0]} → ${expected[1]}`, () => {
        expectRu(sentence, expected);
      });
  });
}

before(async () => {
  await loadLocale('ru');
});

cases('Russian years, decades and centuries', [
  ['Завод построили в 2017 году.', ['2017 году', '2017']],
  ['Итоги 2018 г. оказались хуже.', ['2018 г.', '2018']],
  ['Он вернулся в 2016-м.', ['2016-м', '2016']],
  ['В 2011–2013 годах он жил в Казани.', ['2013 годах', '2013']],
  ['Олимпиада-2014 прошла в Сочи.', ['2014', '2014']],
  ['В 1980-х годах завод работал.', ['1980-х годах', '198X']],
  ['Это было в девяностые.', ['девяностые', '199X']],
  ['Храм построен в XVII веке.', ['XVII веке', '16']],
  ['В конце прошлого века город опустел.', ['конце прошлого века', '19', 'DATE', 'END']],
]);

cases('Russian seasons, quarters and halves', [
  ['Летом 2015 года река обмелела.', ['Летом 2015 года', '2015-SU']],
  ['Прошлым летом цены выросли.', ['Прошлым летом', '2019-SU']],
  ['Этой весной откроется мост.', ['Этой весной', '2019-SP']],
  ['Выручка во втором квартале 2018 года упала.', ['втором квартале 2018 года', '2018-Q2']],
  ['Прибыль в III квартале выросла.', ['III квартале', '2019-Q3']],
  ['В первом полугодии продажи снизились.', ['первом полугодии', '2019-H1']],
  ['Во второй половине 2017 года спрос вырос.', ['второй половине 2017 года', '2017-H2']],
]);

cases('Russian months and weekdays by tense', [
  ['В марте министр подал в отставку.', ['марте', '2019-03']],
  ['В марте министр подаст в отставку.', ['марте', '2020-03']],
  ['Выборы пройдут в феврале.', ['феврале', '2020-02']],
  ['В январе прошлого года цены выросли.', ['январе прошлого года', '2018-01']],
  ['Весь декабрь шли дожди.', ['декабрь', '2019-12']],
  ['В пятницу министр встретился с послом.', ['пятницу', '2019-12-27']],
  ['В пятницу министр встретится с послом.', ['пятницу', '2020-01-03']],
  ['В прошлую среду суд отклонил иск.', ['прошлую среду', '2019-12-25']],
  ['В следующий четверг состоится заседание.', ['следующий четверг', '2020-01-02']],
  ['2 января 2019 года завод остановился.', ['2 января 2019 года', '2019-01-02']],
  ['Собрание назначено на 15 января.', ['15 января', '2020-01-15']],
  ['Акция прошла 20 декабря.', ['20 декабря', '2019-12-20']],
  ['Закон приняли 5 марта прошлого года.', ['5 марта прошлого года', '2018-03-05']],
  ['В мае 2016 года он уехал, а 12 июня того же года вернулся.', ['12 июня того же года', '2016-06-12']],
  ['Договор подписан 14.11.2019.', ['14.11.2019', '2019-11-14']],
]);

cases('Russian deictic expressions', [
  ['Вчера в городе шёл снег.', ['Вчера', '2019-12-29']],
  ['Позавчера мост закрыли.', ['Позавчера', '2019-12-28']],
  ['Послезавтра начнутся каникулы.', ['Послезавтра', '2020-01-01']],
  ['В прошлом году завод закрылся.', ['прошлом году', '2018']],
  ['На прошлой неделе прошли обыски.', ['прошлой неделе', '2019-W52']],
  ['В следующем месяце цены вырастут.', ['следующем месяце', '2020-01']],
  ['В позапрошлом году урожай был рекордным.', ['позапрошлом году', '2017']],
  ['В прошлые выходные прошли митинги.', ['прошлые выходные', '2019-W52-WE']],
  ['Сейчас в городе спокойно.', ['Сейчас', 'PRESENT_REF']],
  ['В настоящее время идёт расследование.', ['В настоящее время', 'PRESENT_REF']],
  ['Недавно мэр сменил заместителя.', ['Недавно', 'PAST_REF']],
]);

cases('Russian parts of day and clock times', [
  ['Сегодня утром произошла авария.', ['Сегодня утром', '2019-12-30TMO', 'TIME']],
  ['Вчера вечером прошёл концерт.', ['Вчера вечером', '2019-12-29TEV', 'TIME']],
  ['В среду вечером начался пожар.', ['среду вечером', '2019-12-25TEV', 'TIME']],
  ['Прошлой ночью был шторм.', ['Прошлой ночью', '2019-12-29TNI', 'TIME']],
  ['В ночь на субботу прошёл ураган.', ['ночь на субботу', '2019-12-27TNI', 'TIME']],
  ['Встреча началась в 15:00.', ['15:00', '2019-12-30T15:00', 'TIME']],
  ['Поезд прибыл в 9.45 утра.', ['9.45 утра', '2019-12-30T09:45', 'TIME']],
  ['Торги закрылись в 18:45 мск.', ['18:45 мск', '2019-12-30T18:45', 'TIME']],
  ['Пожар потушили к 7 вечера.', ['7 вечера', '2019-12-30T19:00', 'TIME']],
  ['Сигнал поступил в 3 часа ночи.', ['3 часа ночи', '2019-12-30T03:00', 'TIME']],
]);

cases('Russian durations, counts and sets', [
  ['Переговоры шли в течение двух недель.', ['двух недель', 'P2W', 'DURATION']],
  ['Он провёл в тюрьме почти десять лет.', ['почти десять лет', 'P10Y', 'DURATION', 'LESS_THAN']],
  ['Ремонт займёт более года.', ['более года', 'P1Y', 'DURATION', 'MORE_THAN']],
  ['Строительство длилось полтора года.', ['полтора года', 'P18M', 'DURATION']],
  ['Ремонт длился полгода.', ['полгода', 'P6M', 'DURATION']],
  ['Цены растут уже несколько месяцев.', ['несколько месяцев', 'PXM', 'DURATION']],
  ['Конфликт тянется годами.', ['годами', 'PXY', 'DURATION']],
  ['За последние пять лет население сократилось.', ['последние пять лет', 'P5Y', 'DURATION']],
  ['Три года назад город затопило.', ['Три года назад', '2016']],
  ['Около двух недель назад он уехал.', ['Около двух недель назад', '2019-W51', 'DATE', 'APPROX']],
  ['Ровно год назад его избрали.', ['Ровно год назад', '2018-12-30']],
  ['Через неделю начнётся ремонт.', ['неделю', '2020-W02']],
  ['Форум проводится ежегодно.', ['ежегодно', 'P1Y', 'SET']],
  ['Каждый понедельник проходят планёрки.', ['Каждый понедельник', 'XXXX-WXX-1', 'SET']],
  ['По средам музей закрыт.', ['По средам', 'XXXX-WXX-3', 'SET']],
  ['Ярмарка проходит раз в месяц.', ['раз в месяц', 'P1M', 'SET']],
  ['Каждую весну сюда прилетают аисты.', ['Каждую весну', 'XXXX-SP', 'SET']],
]);

cases('Russian modifiers and holidays', [
  ['В начале 2018 года завод закрыли.', ['начале 2018 года', '2018', 'DATE', 'START']],
  ['В середине марта начались протесты.', ['середине марта', '2019-03', 'DATE', 'MID']],
  ['В конце 1990-х цены упали.', ['конце 1990-х', '199X', 'DATE', 'END']],
  ['До конца года работы завершат.', ['конца года', '2019', 'DATE', 'END']],
  ['В День Победы прошёл парад.', ['День Победы', '2019-05-09']],
  ['На Рождество выпал снег.', ['Рождество', '2019-01-07']],
]);

describe('Russian story time', () => {
  it('reads "в том же году" and "неделей ранее" from the time the story is at', () => {
    const found = findTimexes('Он окончил училище в 1959 году и в том же году поступил в театр.', ru);
    assert.deepEqual(
      found.map((t) => [t.text, t.value]),
      [
        ['1959 году', '1959'],
        ['том же году', '1959'],
      ],
    );
    const [, earlier] = findTimexes('Сделку закрыли 10 декабря. Неделей ранее совет её одобрил.', ru);
    assert.deepEqual([earlier?.text, earlier?.value], ['Неделей ранее', '2019-W49']);
  });

  it('leaves "накануне" before a noun alone and reads it alone as the day before', () => {
    assert.deepEqual(findTimexes('Накануне выборов мэр ушёл.', ru), []);
    const [t] = findTimexes('Накануне в Кремле заявили о переговорах.', ru);
    assert.equal(t?.value, '2019-12-29');
  });

  it('does not read counts and bare numbers as years or times', () => {
    for (const s of ['В городе живут 2000 человек.', 'Курс вырос до 75.30 рубля.', 'На 3 дня закрыли мост.'])
      assert.ok(
        !findTimexes(s, ru).some((t) => t.type === 'DATE' || t.type === 'TIME'),
        `${s}: ${JSON.stringify(findTimexes(s, ru).map((t) => t.value))}`,
      );
  });
});

describe('Russian typed strings', () => {
  const typed = (text: string, referenceDate = '2026-03-11T14:30:00Z', prefer?: 'future' | 'past') =>
    resolve(text, { referenceDate, locale: 'ru', ...(prefer ? { prefer } : {}) })?.value;

  it('reads what people type in Russian', () => {
    assert.equal(typed('в понедельник', '2026-03-11', 'future'), '2026-03-16');
    assert.equal(typed('следующий вторник', '2026-03-11'), '2026-03-17');
    assert.equal(typed('завтра в 5', '2026-03-11T08:00:00Z', 'future'), '2026-03-12T05:00');
    assert.equal(typed('завтра в 17:30'), '2026-03-12T17:30');
    assert.equal(typed('ВЧЕРА'), '2026-03-10');
    assert.equal(typed('через две недели', undefined, 'future'), '2026-W13');
    assert.equal(typed('год назад', undefined, 'past'), '2025');
    assert.equal(typed('на 3 дня'), 'P3D');
    assert.equal(typed('4.3.2026'), '2026-03-04');
    assert.equal(typed('5 мая'), '2026-05-05');
    assert.equal(typed('в прошлом году'), '2025');
  });
});

describe('Russian hostile input', () => {
  it('never throws, writes only valid values, and stays linear', () => {
    const odd = [
      '',
      '\u0000\uFFFF\uD800',
      'в'.repeat(5000),
      '2019 '.repeat(3000),
      'через через через 99999999999 лет назад',
      'XXXXXXXXXXXX век',
      '99-х годах 9999-е 0000 году',
      'в 99:99, в 25.61 мск, каждые 0 лет, полтора полтора года',
      'январе\u0301 2019\u00A0года 𝟚𝟘𝟙𝟡 году ﻿в понедельник',
    ];
    for (const text of odd)
      for (const t of findTimexes(text, ru))
        assert.ok(isTimexValue(t.value), `${JSON.stringify(text.slice(0, 40))}: ${t.value}`);
    const unit = 'В 2019 году вчера вечером в 15:00 три года назад ежегодно в начале марта. ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const start = performance.now();
      findTimexes(text, ru);
      return performance.now() - start;
    };
    time(50);
    const small = Math.min(time(200), time(200));
    const large = Math.min(time(800), time(800));
    // Four times the text may take at most about four times as long (with room for a noisy machine).
    assert.ok(large < small * 8 + 50, `200 units ${small.toFixed(0)} ms, 800 units ${large.toFixed(0)} ms`);
  });
});
