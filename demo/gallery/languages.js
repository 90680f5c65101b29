// Events for the gallery's German and Arabic timelines (written for this demo).

export const GERMAN = [
  { date: '2021-09-26', title: 'Bundestagswahl' },
  { start: '2021-10-21', end: '2021-11-24', title: 'Koalitionsverhandlungen' },
  { date: '2021-12-08', title: 'Kanzlerwahl im Bundestag' },
  { date: '2022-02', title: 'Monat der Haushaltsberatungen' },
  { date: '2022-03-23', title: 'Regierungserklärung' },
  { date: '2022-06', title: 'Sommerpause beginnt' },
  { date: '2022-Q3', title: 'Drittes Quartal: Entlastungspaket' },
];

export const ARABIC = [
  { date: '2023-01-15', title: 'افتتاح الدورة البرلمانية' },
  { date: '2023-02-20', title: 'تقديم مشروع الموازنة العامة' },
  { start: '2023-03-23', end: '2023-04-21', title: 'شهر رمضان' },
  { date: '2023-05-10', title: 'التصويت على قانون الانتخابات' },
  { date: '2023-06', title: 'مفاوضات اتفاق التجارة' },
  { date: '2023-07-30', title: 'توقيع الاتفاق في القاهرة' },
  { date: '2023-09-12', title: 'الانتخابات البلدية' },
];
