// Mocha globals provided by @web/test-runner-mocha (no @types/mocha in this project).
/** What `this` is in a `describe` body written as a function. */
interface MochaSuite {
  timeout(ms: number): void;
}
declare function describe(name: string, body: (this: MochaSuite) => void): void;
declare function it(name: string, body: () => void | Promise<void>): void;
declare function before(body: () => void | Promise<void>): void;
declare function after(body: () => void | Promise<void>): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;
