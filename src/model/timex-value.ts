// Reading TIMEX3 values belongs to the normalizer (it needs it itself); the model re-exports it
// so the model's own modules and older imports keep one name for it.
export { timexValueRange, type TimexValueInfo } from '../normalize/timex-value.js';
