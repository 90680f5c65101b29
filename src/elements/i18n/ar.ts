import { number, plural, type TimelineStrings } from './strings.js';

const p = plural('ar');
const n = number('ar');
const EVENTS = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: '# أحداث',
  many: '# حدثًا',
  other: '# حدث',
};

/** Arabic (right to left). */
export const strings: TimelineStrings = {
  timeline: 'الخط الزمني',
  toolbar: (label) => `أدوات ${label}`,
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'الكل',
  plot: (label, c) =>
    `${label}: ${p(c, EVENTS)}. تنتقل مفاتيح الأسهم بين الأحداث، ويختار Enter، ويكبّر زائد ويصغّر ناقص.`,
  events: (c) => p(c, EVENTS),
  cluster: (events, range) => `${events}، ${range}. تكبير`,
  otherGroup: 'أخرى',
  selectedEvent: 'الحدث المختار',
  steps: 'التنقل بين الأحداث',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  close: 'إغلاق التفاصيل',
  position: (i, c) => `${n(i)} من ${n(c)}`,
  written: (text) => `«${text}» في المقال`,
  readMore: 'اقرأ المزيد',
  fromArticle: (others) => (others > 0 ? `من المقال، وورد في ${n(others)} جمل أخرى` : 'من المقال'),
  allEvents: (c) => `كل الأحداث (${n(c)})`,
  unreadable: (c) => `بلا تاريخ أو غير مقروء: ${n(c)}`,
  undatedMentions: (c) => `إشارات بلا تاريخ: ${n(c)}`,
  showMore: (left) => `عرض المزيد (بقي ${n(left)})`,
  unreadableHeading: 'بلا تاريخ أو غير مقروء',
  undatedHeading: 'إشارات بلا تاريخ في المقال',
  item: (i) => `العنصر ${n(i)}`,
  andMore: (c) => `…و${n(c)} أخرى`,
  warnings: 'تحذيرات',
  notPlaced: (c) => `تعذّر وضع ${p(c, EVENTS)} على الخط الزمني`,
  warningCount: (c) => `تحذيرات: ${n(c)}`,
  loading: 'جارٍ تحميل الأحداث…',
  reading: 'جارٍ قراءة المقال…',
  readingSize: (size) => `جارٍ قراءة المقال (${size} من النص)…`,
  article: 'المقال',
  showOnTimeline: (date) => (date ? `${date}: عرض على الخط الزمني` : 'عرض على الخط الزمني'),
  loadFailed: (src, reason) => `تعذّر تحميل ${src}: ${reason}`,
  loadTimeout: (src, time) => `تعذّر تحميل ${src}: لا رد خلال ${time}`,
  loadTooLarge: (src, size) => `تعذّر تحميل ${src}: أكبر من ${size} (max-bytes)`,
  badData: (src, reason) => `${src}: ${reason}`,
  notTimelineJS: (src, reason) => `تعذّرت قراءة ${src} بصيغة TimelineJS3: ${reason}`,
  extractFailed: (reason) => `تعذّر استخراج الأحداث من المقال: ${reason}`,
  extractModuleFailed: (reason) => `تعذّر تحميل وحدة الاستخراج: ${reason}`,
  badReferenceDate: (raw, problem) =>
    problem === 'format'
      ? `reference-date: «${raw}» ليس تاريخًا بصيغة ISO 8601 (مثال: «2019-12-30»)`
      : `reference-date: «${raw}» ليس تاريخًا صحيحًا في التقويم`,
  noReferenceDate: (today) =>
    `لا يوجد reference-date: قُرئت التواريخ النسبية مثل «أمس» انطلاقًا من اليوم، ${today}؛ اضبط reference-date على تاريخ نشر المقال`,
  pageTitle: (title) => `الخط الزمني: ${title}`,
  published: (date, c) => `نُشر في ${date} · ${p(c, EVENTS)}`,
};
