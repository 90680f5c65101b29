import type { TextCues } from '../../locale.js';
import { NEUTRAL_CUES } from '../neutral.js';

const B = '(?<![\\p{L}\\d])';
const PREP = '(?:в|во|на|с|со|до|по|к|ко|от|после|перед|между|и|за|из|около|к)';

/** The Russian phrases the shared resolver reads around an expression. */
export const RU_CUES: TextCues = {
  ...NEUTRAL_CUES,
  // "В 2017 году …", "К началу 2018 года …" frame their sentence; "с 2014 года" (since) and
  // "2003 года рождения" do not.
  framingLead: new RegExp(
    `^\\s*(?:в|во|к|до|после|за|в\\s+течение|на\\s+протяжении)\\s+(?:(?:начале|конце|середине|началу|концу|начала|конца|середины)\\s+)?$`,
    'iu',
  ),
  sinceBefore: new RegExp(`${B}(?:с|со|начиная\\s+с)\\s+$`, 'iu'),
  attributionBefore: new RegExp(
    `${B}(?:заявил|сказал|сообщил|объявил|рассказал|отметил|написал|подчеркнул|добавил|признал|пояснил|уточнил)(?:а|и|о)?\\s+(?:в|во)?\\s*$`,
    'iu',
  ),
  periodBoundary: new RegExp(
    `${B}(?:по\\s+состоянию\\s+на|завершившийся|закончившийся|окончившийся)\\s+$`,
    'iu',
  ),
  prepositionBefore: new RegExp(`${B}${PREP}\\s+(?:(?:начале|конце|середине)\\s+)?$`, 'iu'),
  entryAhead: /^[^\n]*(?:будет|будут|состоится|планиру|намерен|предстоит|ожида)/iu,
  rangeBetween: /^\s*(?:по|до|и|-|–|—)\s*$/iu,
  // "г.", "янв.", "ул.", "т. е.", "млн.": a stop that ends no sentence.
  abbreviationBefore:
    /(?:^|[\s(])(?:г|гг|в|вв|янв|фев|февр|мар|апр|авг|сен|сент|окт|нояб|дек|ул|пр|д|им|тыс|млн|млрд|руб|долл|см|стр|с|п|проф|акад|ген|т|е|н|э|др|пр|\p{L})$/iu,
  today: /^сегодня$/iu,
  // Imperfective present forms beside "сегодня" make it "nowadays" ("сегодня работает по иным правилам").
  presentVerb:
    /^(?:является|являются|есть|живёт|живет|живут|стоит|стоят|\p{L}+(?:ает|яет|ует|ают|яют|уют|ается|яется|уется|аются|яются|уются))$/iu,
  notPresentVerb: /^(?:\p{L}+л[аио]?|\p{L}+лись|\p{L}+лся|будет|будут)$/iu,
  betweenDayAndTime: /^\s*(?:,|в|во|около|примерно|к|-|—)?\s*$/iu,
  betweenPartAndDay: /^\s+(?:в|во)?\s*$/iu,
  betweenWeekdayAndDate: /^\s*,?\s*$/,
  countedFrom: /(?!)/,
  // chrono's "с 5 мая", "в 15:00", "до 10 марта": TimeML leaves the preposition out.
  leadingPreposition: /^(?:в|во|на|с|со|до|по|к|от)\s+/iu,
  rangeSeparator:
    /\s*(?:-|–|—|(?<![\p{L}])(?:по|до)(?![\p{L}]))\s*(?!.*(?:-|–|—|(?<![\p{L}])(?:по|до)(?![\p{L}])))/iu,
};
