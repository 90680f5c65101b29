/** German extraction tables: sentence abbreviations and headline rules (a chunk of its own). */
import { localeTitle } from '../title-locale.js';
import type { ExtractionLocale } from './types.js';

const MONTHS = 'januar jänner februar märz april mai juni juli august september oktober november dezember';
const VERBS =
  'sagte|sagten|erklärte|erklärten|betonte|betonten|berichtete|berichteten|meldete|meldeten|bestätigte|bestätigten|schrieb|schrieben|kündigte|kündigten|teilte|teilten|warnte|warnten';
/** A noun phrase: article, adjectives, noun, a genitive after it ("der örtlichen Polizei", "dpa"). */
const NOUN_PHRASE = String.raw`(?:(?:der|die|das|den|dem|des|einer|einem|eines)\s+)?(?:\p{Ll}+(?:e|en|er|es|em)\s+)*\p{Lu}[\p{L}-]*(?:\s+(?:der|des)\s+(?:\p{Ll}+(?:e|en|er|es)\s+)*\p{Lu}[\p{L}-]*)?`;
const SOURCE = String.raw`[^,„“"]{1,60}?`;

const de: ExtractionLocale = {
  language: 'de',
  sentences: {
    abbreviations: {
      always: [
        'dr',
        'prof',
        'hr',
        'fr',
        'z. b',
        'u. a',
        'd. h',
        'u. u',
        'v. a',
        'o. ä',
        'bzw',
        'ca',
        'st',
        'sog',
        'vgl',
        'evtl',
        'ggf',
        'inkl',
        'i. d. r',
      ],
      'before-number': [
        'nr',
        's',
        'abs',
        'art',
        'bd',
        'jan',
        'feb',
        'febr',
        'apr',
        'aug',
        'sept',
        'okt',
        'nov',
        'dez',
        'mio',
        'mrd',
      ],
      'unless-new-sentence': ['usw', 'etc', 'str', 'jh', 'jhd', 'v. chr', 'n. chr', 'gmbh', 'e.v', 'e. v'],
    },
    starters: new Set(
      'der die das den dem des ein eine einen einem er sie es wir ich ihr man dies diese dieser dieses am im in an auf aus bei mit nach seit vor von zu zum zur für um und aber doch denn oder dann danach zudem außerdem auch so da als wenn wie was wer wo nicht kein keine alle viele heute gestern morgen laut'.split(
        ' ',
      ),
    ),
    ordinals: { rule: 'unless-new-sentence', followers: new Set(MONTHS.split(' ')) },
  },
  title: localeTitle({
    quotes: [
      ['„', '“'],
      ['»', '«'],
    ],
    leadingAttribution: [
      new RegExp(
        String.raw`^(?:laut|nach Angaben|nach Informationen|nach Auskunft)\s+${NOUN_PHRASE}\s+`,
        'iu',
      ),
      // "Wie das Ministerium mitteilte, wurden…": the clause goes, the subject moves before the verb.
      new RegExp(
        String.raw`^wie\s+${SOURCE}\s+(?:mitteilte|mitteilten|berichtete|berichteten|sagte|erklärte|meldete|bekanntgab|bekannt gab),\s*`,
        'iu',
      ),
    ],
    attributionClauses: [
      new RegExp(String.raw`,\s*(?:teilte|teilten)\s+${SOURCE}\s+mit$`, 'iu'),
      new RegExp(String.raw`,\s*(?:${VERBS}|hieß es|so)\b${SOURCE.replace('{1,60}', '{0,60}')}$`, 'iu'),
      new RegExp(String.raw`,?\s+(?:laut|nach Angaben|nach Informationen)\s+${NOUN_PHRASE}(?=[\s,]|$)`, 'u'),
    ],
    reportingFrames: [
      new RegExp(
        String.raw`^(?<subject>[^,„“"]{2,60}?)\s+(?:${VERBS})(?:\s+[^,„“"]{0,40}?)?(?:\s+(?:mit|an))?,\s*dass\s+(?<verbFinal>.+)$`,
        'iu',
      ),
      new RegExp(
        String.raw`^(?<subject>[^,„“"]{2,60}?)\s+(?:${VERBS})(?:\s+[^,„“"]{0,40}?)?(?:\s+(?:mit|an))?,\s*(?<report>.+)$`,
        'iu',
      ),
    ],
    quoteLed: [
      new RegExp(
        String.raw`^[„"»]([^“"«]{8,})[“"«],?\s*(?:${VERBS})\s+(?<speaker>[^,]{2,60}?)(?:,.*)?$`,
        'u',
      ),
    ],
    pronouns: new Set(['er', 'sie', 'es']),
    statementPhrases: [
      /\s+in\s+(?:einer|einem|der|seiner|ihrer)\s+(?:schriftlichen\s+)?(?:Mitteilung|Erklärung|Pressemitteilung|Stellungnahme|Interview)/gu,
    ],
    dateLead:
      /(?:^|\s)(?:in der Nacht (?:zum|vom|auf den)|am|im|an|in|um|gegen|Anfang|Ende|Mitte|bereits am|schon am)\s*$/iu,
    relationalBefore:
      /(?:^|\s)(?:seit|bis|vor|nach|ab|zwischen|vom|von|zum|bis zum|bis zur|des|der|für|zu|auf)\s*$/iu,
    connectors:
      /^(?:(?:und|aber|doch|denn|oder)\s+|(?:zudem|außerdem|ferner|darüber hinaus|unterdessen|inzwischen|auch)\s+)/iu,
    verbSecond: {
      // Prepositional phrases may stand between the verb and its subject ("wurden bei einer
      // Demonstration 20 Menschen verletzt"); they follow the verb once the subject moves in front.
      subject: new RegExp(
        String.raw`^(?<before>(?:(?:bei|in|im|am|an|auf|aus|mit|nach|von|vom|zu|zum|zur|für|über|unter|wegen|während|gegen|durch)\s+(?:(?:der|die|das|den|dem|des|einer|einem|eines|ein|eine)\s+)?(?:\p{Ll}+(?:e|en|er|es|em)\s+)*\p{Lu}[\p{L}-]*\s+)*)(?<subject>(?:der|die|das|den|dem|ein|eine|einen|kein|keine)\s+(?:\p{Ll}+(?:e|en|er|es)\s+)*(?:\d[\d.,]*\s+)?\p{Lu}[\p{L}-]*|\d[\d.,]*\s+(?:\p{Ll}+(?:e|en|er|es)\s+)*\p{Lu}[\p{L}-]*|(?:er|sie|es|wir|man|ich)(?=\s)|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?=\s+\p{Ll}))`,
        'u',
      ),
    },
    dangling: new Set(
      'der die das den dem des ein eine einen einem und oder aber in im am an auf aus mit von vom zu zum zur für bei nach über dass sich als wie seit bis um'.split(
        ' ',
      ),
    ),
    asides: [/\s*\([^()]*\)/g, /,\s+(?:der|die|das|den|dem|deren|dessen|wo)\s+[^,„“"]*,/gu],
  }),
};

export default de;
