// TIMEX3 part-of-day codes are normalizer data; re-exported for the model's labels.
export { PARTS_OF_DAY, type PartOfDayCode } from '../normalize/part-of-day.js';
