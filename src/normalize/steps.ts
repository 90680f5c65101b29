/**
 * Work cut into steps: a generator that pauses now and then, yielding the fraction of its work
 * done (0 to 1), and returns its result. Run at once with {@link runSteps}; a caller on a page's
 * main thread can instead run it a slice at a time and give the page the turn in between (see
 * `extractEventsInSlices`), with exactly the same result.
 */
export type Steps<T> = Generator<number, T, void>;

/** Runs `steps` to the end in one go and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `steps` as the part `[from, to]` of a larger piece of work: its fractions are scaled into that part. */
export function* stepsWithin<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield from + (to - from) * next.value;
  }
}
