import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes, isTimexValue, loadLocale, resolve } from '../../src/normalize/index.js';

// A Wednesday.
const REF = '2026-03-11';

/** Each expression found in `text`, as "text → value" (and the mod after a space). */
function read(text: string, referenceDate = REF): string[] {
  return findTimexes(text, { referenceDate, locale: 'es' }).map(
    (t) => `${t.text} → ${t.value}${t.mod ? ` ${t.mod}` : ''}`,
  );
}

before(() => loadLocale('es'));

describe('Spanish normalizer: calendar dates', () => {
  it('reads days of a month with the article in, the preposition out', () => {
    assert.deepEqual(read('El juicio comenzó el 3 de marzo de 2025 y siguió desde el 5 de mayo.'), [
      'el 3 de marzo de 2025 → 2025-03-03',
      'el 5 de mayo → 2025-05-05',
    ]);
    assert.deepEqual(read('La ley rige a partir del 1 de julio.'), ['1 de julio → 2026-07-01']);
    assert.deepEqual(read('Lo firmó el martes 14 de enero de 2025.'), [
      'el martes 14 de enero de 2025 → 2025-01-14',
    ]);
  });

  it('reads "el pasado 11 de junio", "el próximo 27 de octubre" and "del año pasado"', () => {
    assert.deepEqual(read('Llegó el pasado 11 de junio y se irá el próximo 27 de octubre.'), [
      'el pasado 11 de junio → 2025-06-11',
      'el próximo 27 de octubre → 2026-10-27',
    ]);
    assert.deepEqual(read('Ocurrió en marzo del año pasado.'), ['marzo del año pasado → 2025-03']);
  });

  it('reads ranges of days as two expressions', () => {
    assert.deepEqual(read('La feria será del 10 al 15 de mayo de 2026.'), [
      '10 → 2026-05-10',
      '15 de mayo de 2026 → 2026-05-15',
    ]);
  });

  it('reads numeric dates day first', () => {
    assert.deepEqual(read('Se publicó el 15/03/2024.'), ['el 15/03/2024 → 2024-03-15']);
  });

  it('leaves street names alone', () => {
    assert.deepEqual(read('Marcharon por la Avenida 9 de Julio.'), []);
  });
});

describe('Spanish normalizer: months and weekdays by tense', () => {
  it('puts a month ahead after a future verb and back after a past one', () => {
    assert.deepEqual(read('El Gobierno aprobará en abril el presupuesto.'), ['abril → 2026-04']);
    assert.deepEqual(read('En abril se aprobó el presupuesto.'), ['abril → 2025-04']);
    assert.deepEqual(read('El ministro dijo que en mayo se votará la ley.'), ['mayo → 2026-05']);
  });

  it('puts a weekday ahead or back by the verb, with its article', () => {
    assert.deepEqual(read('El viernes se reunirán los ministros.'), ['El viernes → 2026-03-13']);
    assert.deepEqual(read('El lunes se reunió el consejo.'), ['El lunes → 2026-03-09']);
    assert.deepEqual(read('El sindicato convocó un paro para el viernes.'), ['el viernes → 2026-03-13']);
  });

  it('reads "este domingo" by the verb, and a weekday with its day number in a nearby month', () => {
    assert.deepEqual(read('La madrugada de este domingo se registró un tiroteo.'), [
      'La madrugada de este domingo → 2026-03-08TNI',
    ]);
    assert.deepEqual(read('Este viernes se votará.'), ['Este viernes → 2026-03-13']);
    assert.deepEqual(read('Este domingo 18 hubo misa; el mismo día se fue.'), [
      'Este domingo 18 → 2026-01-18',
      'el mismo día → 2026-01-18',
    ]);
  });

  it('reads shifted weekdays and months', () => {
    assert.deepEqual(read('El pasado jueves dimitió; el próximo lunes hay pleno.'), [
      'El pasado jueves → 2026-03-05',
      'el próximo lunes → 2026-03-16',
    ]);
    assert.deepEqual(read('El pasado mes de octubre cayó la bolsa.'), ['El pasado mes de octubre → 2025-10']);
  });
});

describe('Spanish normalizer: years, decades, centuries, seasons, quarters', () => {
  it('reads years after a cue, not counts', () => {
    assert.deepEqual(read('En 2019 ganó; en el año 2000 se mudó. Hay 2019 personas.'), [
      '2019 → 2019',
      'el año 2000 → 2000',
    ]);
    assert.deepEqual(read('Entre 2010 y 2015 se dobló.'), ['2010 → 2010', '2015 → 2015']);
  });

  it('reads decades and centuries (Roman numerals)', () => {
    assert.deepEqual(read('En los años 90 y la década de 1980; en el siglo XIX y el siglo pasado.'), [
      'los años 90 → 199X',
      'la década de 1980 → 198X',
      'el siglo XIX → 18',
      'el siglo pasado → 19',
    ]);
  });

  it('reads seasons and quarters', () => {
    assert.deepEqual(read('Este verano hará calor; el invierno pasado nevó; la primavera de 2020.'), [
      'Este verano → 2026-SU',
      'el invierno pasado → 2025-WI',
      'la primavera de 2020 → 2020-SP',
    ]);
    assert.deepEqual(read('En el tercer trimestre de este año crecerá; el primer semestre de 2023 cayó.'), [
      'el tercer trimestre de este año → 2026-Q3',
      'el primer semestre de 2023 → 2023-H1',
    ]);
  });

  it('takes position modifiers in, with their "a"', () => {
    assert.deepEqual(
      read('A finales de marzo se publicó; a mediados de 2024 otro; a principios de los noventa.'),
      [
        'A finales de marzo → 2026-03 END',
        'a mediados de 2024 → 2024 MID',
        'a principios de los noventa → 199X START',
      ],
    );
  });
});

describe('Spanish normalizer: deictics, parts of day and clock times', () => {
  it('reads days named from today', () => {
    assert.deepEqual(read('Ayer por la tarde llegó; anoche cenó; hoy habla; pasado mañana se va.'), [
      'Ayer por la tarde → 2026-03-10TAF',
      'anoche → 2026-03-10TNI',
      'hoy → 2026-03-11',
      'pasado mañana → 2026-03-13',
    ]);
    assert.deepEqual(read('Esta mañana se reunió; la mañana del lunes llovió.'), [
      'Esta mañana → 2026-03-11TMO',
      'la mañana del lunes → 2026-03-09TMO',
    ]);
  });

  it('reads periods counted from now', () => {
    assert.deepEqual(read('La semana pasada llovió; el año que viene se votará; este mes cierra.'), [
      'La semana pasada → 2026-W10',
      'el año que viene → 2027',
      'este mes → 2026-03',
    ]);
    assert.deepEqual(read('Hace dos semanas se celebró. Dentro de diez días habrá otra.'), [
      'Hace dos semanas → 2026-W09',
      'Dentro de diez días → 2026-03-21',
    ]);
  });

  it('reads clock times in the Spanish style', () => {
    assert.deepEqual(read('El jueves a las 10.00 horas declarará ante el juez.'), [
      'El jueves a las 10.00 horas → 2026-03-12T10:00',
    ]);
    assert.deepEqual(read('Se fue a las 18.00 de ayer.'), ['las 18.00 de ayer → 2026-03-10T18:00']);
    assert.deepEqual(read('Llegó a las cinco de la tarde.'), ['las cinco de la tarde → 2026-03-11T17:00']);
    assert.deepEqual(read('Tembló alrededor de las 5:40 a. m.'), [
      'alrededor de las 5:40 a. m. → 2026-03-11T05:40 APPROX',
    ]);
    assert.deepEqual(read('Llegaron a las 20 comunidades.'), []);
  });
});

describe('Spanish normalizer: durations, sets, references, holidays', () => {
  it('reads counted and vague durations, not ages', () => {
    assert.deepEqual(
      read('Durante tres años vivió allí; durante meses esperó; los últimos años fueron duros.'),
      ['tres años → P3Y', 'meses → PXM', 'los últimos años → PXY'],
    );
    assert.deepEqual(read('Hace más de dos décadas; más de medio siglo; casi seis meses.'), [
      'Hace más de dos décadas → 2006 MORE_THAN',
      'más de medio siglo → P50Y MORE_THAN',
      'casi seis meses → P6M LESS_THAN',
    ]);
    assert.deepEqual(read('Dos hombres de 24 y 31 años; murió a los 87 años.'), []);
  });

  it('reads a duration that opens a sentence, and the set of a rate', () => {
    assert.deepEqual(read('Nació. Tres horas y media duró el parto.'), ['Tres horas y media → PT3H30M']);
    assert.deepEqual(read('Trabaja 24 horas al día.'), ['al día → P1D']);
  });

  it('reads sets', () => {
    assert.deepEqual(read('Se celebra cada año, cierra los lunes y los fines de semana, dos veces al mes.'), [
      'cada año → P1Y',
      'los lunes → XXXX-WXX-1',
      'los fines de semana → XXXX-WXX-WE',
      'al mes → P1M',
    ]);
  });

  it('reads the present, the past and the future as references', () => {
    assert.deepEqual(read('Actualmente hay 20 casos; en la actualidad, hoy en día, hace poco.'), [
      'Actualmente → PRESENT_REF',
      'la actualidad → PRESENT_REF',
      'hoy en día → PRESENT_REF',
      'hace poco → PAST_REF',
    ]);
  });

  it('reads holidays', () => {
    assert.deepEqual(read('Volverá en Navidad; la Nochebuena de 2024 fue tranquila.'), [
      'Navidad → 2026-12-25',
      'Nochebuena de 2024 → 2024-12-24',
    ]);
  });
});

describe('Spanish normalizer: typed strings', () => {
  const typed = (text: string): string | undefined =>
    resolve(text, { referenceDate: '2026-03-11T10:00', locale: 'es', prefer: 'future' })?.value;
  it('reads what people type', () => {
    assert.equal(typed('mañana a las 5'), '2026-03-12T05:00');
    assert.equal(typed('mañana a las 5 de la tarde'), '2026-03-12T17:00');
    assert.equal(typed('el próximo lunes'), '2026-03-16');
    assert.equal(typed('el jueves que viene'), '2026-03-12');
    assert.equal(typed('dentro de 3 días'), '2026-03-14');
    assert.equal(typed('15 de agosto'), '2026-08-15');
    assert.equal(typed('3/5/2026'), '2026-05-03');
    assert.equal(typed('fin de mes'), '2026-03');
    assert.equal(typed('pasado mañana por la tarde'), '2026-03-13TAF');
  });
});

describe('Spanish normalizer: hostile input', () => {
  it('never throws, writes only valid values, and stays linear', () => {
    const pieces = [
      'el 31 de febrero de 2025',
      'a las 99.99 horas',
      'hace 1000000000000 años',
      'siglo XXXXXXXXX',
      'los años 0',
      '\u0000\uFFFF\u202E𝔢𝔫𝔢𝔯𝔬',
      'mañana mañana mañana',
      'de de de de 2019 2019',
      'á'.repeat(50),
      'el próximo próximo lunes',
    ];
    for (const p of pieces)
      for (const t of findTimexes(p, { referenceDate: REF, locale: 'es' }))
        assert.ok(isTimexValue(t.value), `${p}: ${t.value}`);
    const sentence = 'El 3 de marzo de 2025, hace dos años, a las 18.30 horas, durante meses, cada lunes. ';
    const time = (n: number): number => {
      const text = sentence.repeat(n);
      const start = performance.now();
      findTimexes(text, { referenceDate: REF, locale: 'es' });
      return performance.now() - start;
    };
    time(50);
    const small = Math.min(time(200), time(200));
    const large = Math.min(time(1600), time(1600));
    // Eight times the text may take at most about eight times as long (with room for a noisy machine).
    assert.ok(
      large < small * 20 + 50,
      `200 sentences ${small.toFixed(0)} ms, 1600 sentences ${large.toFixed(0)} ms`,
    );
    const long = 'Sin novedad. '.repeat(20_000) + 'Llegó el 3 de marzo de 2025. ' + 'ñ'.repeat(100_000);
    assert.deepEqual(
      findTimexes(long, { referenceDate: REF, locale: 'es' }).map((t) => t.value),
      ['2025-03-03'],
    );
  });
});
