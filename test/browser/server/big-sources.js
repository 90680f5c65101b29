// Dev-server route for the browser tests of size caps: an answer of any size, made as it is
// sent, that records how much of it was sent before the browser stopped reading.
import { Readable } from 'node:stream';

/** Bytes sent for each `id`, and whether the browser closed the answer before its end. */
const reports = new Map();

/**
 * `/__test/big?bytes=N&kind=json|text&id=X[&length=1]` answers N bytes of event JSON or article
 * text (with a Content-Length header only with `length=1`); `/__test/big-report?id=X` says how
 * many bytes of that answer were handed to the socket and whether it was cut short.
 */
export function bigSources() {
  return async (context, next) => {
    if (context.path === '/__test/big-report') {
      context.type = 'application/json';
      context.body = JSON.stringify(reports.get(context.query.id) ?? null);
      return;
    }
    if (context.path !== '/__test/big') return next();
    const total = Number(context.query.bytes);
    const json = context.query.kind === 'json';
    const piece = Buffer.from(
      json
        ? '{"date":"2019-03-03","title":"A vote"},'.repeat(1600)
        : 'On March 3, 2019, the vote was held.\n\n'.repeat(1600),
    );
    const head = Buffer.from(json ? '[' : '');
    const tail = Buffer.from(
      json ? '{"date":"2019-03-04","title":"End"}]' : 'The end came on March 4, 2019.',
    );
    const report = { sent: 0, closed: false, done: false };
    reports.set(context.query.id, report);
    let sent = 0;
    const stream = new Readable({
      read() {
        // (An empty push would stall the stream: the article text has no head.)
        if (sent === 0 && head.length > 0) {
          sent += head.length;
          this.push(head);
          return;
        }
        const left = total - sent - tail.length;
        if (left <= 0) {
          sent += tail.length;
          report.sent = sent;
          report.done = true;
          this.push(tail);
          this.push(null);
          return;
        }
        const chunk = left >= piece.length ? piece : Buffer.alloc(left, 0x20);
        sent += chunk.length;
        report.sent = sent;
        this.push(chunk);
      },
    });
    context.req.on('close', () => {
      if (!report.done) report.closed = true;
    });
    context.type = json ? 'application/json' : 'text/plain; charset=utf-8';
    if (context.query.length === '1') context.length = total;
    context.body = stream;
  };
}
