// The order belongs to the normalizer, which ranks granularities itself (story time); the model
// re-exports it under the name its modules and the extraction import.
export { GRANULARITY_ORDER } from '../normalize/timex-value.js';
