import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TITLE_MAX_LENGTH } from '../../src/extract/index.js';
import { eventTitle } from '../../src/extract/title.js';

/** The title of `sentence` for the date written `date` (its first occurrence). */
function titleAt(sentence: string, date: string): string {
  const start = sentence.indexOf(date);
  assert.ok(start >= 0, `"${date}" is in the sentence`);
  return eventTitle(sentence, { start, end: start + date.length });
}

describe('titles: attribution goes, the report stays', () => {
  test('"X said on DATE that it had…" lends X to the report, in the simple past', () => {
    assert.equal(
      titleAt(
        'The United States said on December 29 that it had conducted "precision defensive strikes" against five targets.',
        'December 29',
      ),
      'U.S. conducted "precision defensive strikes" against five targets',
    );
    assert.equal(
      titleAt('Senate leaders told reporters on Tuesday that they had reached a deal.', 'Tuesday'),
      'Senate leaders reached a deal',
    );
    assert.equal(
      titleAt('WASHINGTON — Senate leaders said Tuesday they had reached a tentative deal.', 'Tuesday'),
      'Senate leaders reached a tentative deal',
    );
  });

  test('"its" in the report becomes the possessive of who said it', () => {
    assert.equal(
      titleAt(
        'Northfield Semiconductor said Tuesday that its revenue fell 14% in the third quarter.',
        'Tuesday',
      ),
      'Northfield Semiconductor’s revenue fell 14% in the third quarter',
    );
    assert.equal(
      titleAt(
        'Kataib Hizbullah, which said on December 30 that 25 of its fighters were killed by the U.S. strikes, has denied being behind the attacks.',
        'December 30',
      ),
      '25 of Kataib Hizbullah’s fighters were killed by the U.S. strikes',
    );
  });

  test('"he"/"she" takes a named speaker; a person nobody named keeps the attribution', () => {
    assert.equal(
      titleAt('Whitaker said Sunday that he had not been told whether he would keep the job.', 'Sunday'),
      'Whitaker had not been told whether he would keep the job',
    );
    assert.equal(
      titleAt('His lawyer said Wednesday night that his client would appeal.', 'Wednesday night'),
      'His lawyer said that his client would appeal',
    );
  });

  test('"AFP quoted … as saying that", "according to", "in a statement", "officials said"', () => {
    assert.equal(
      titleAt(
        'Later on December 29, AFP quoted "a security official" as saying that "four Katyusha rockets" had exploded near a base.',
        'December 29',
      ),
      'Four Katyusha rockets exploded near a base',
    );
    assert.equal(
      titleAt(
        'The Russian Foreign Ministry on December 30 called the strikes "unacceptable," according to AFP.',
        'December 30',
      ),
      'The Russian Foreign Ministry called the strikes "unacceptable"',
    );
    assert.equal(
      titleAt(
        'Sadr in a statement on December 30 urged militias to avoid "irresponsible actions."',
        'December 30',
      ),
      'Sadr urged militias to avoid "irresponsible actions"',
    );
    assert.equal(
      titleAt('Rescue crews pulled 140 people from flooded homes, state officials said Tuesday.', 'Tuesday'),
      'Rescue crews pulled 140 people from flooded homes',
    );
    // ", apologized and said he had…" is the statement itself, not an attribution clause.
    assert.equal(
      titleAt(
        'Whitcomb, wearing a gray suit, apologized and said he had struggled since the late 2000s.',
        'the late 2000s',
      ),
      'Whitcomb apologized and said he had struggled since the late 2000s',
    );
  });

  test('a sentence that opens with a quotation reads Speaker: "quotation"', () => {
    assert.equal(
      titleAt(
        '"Our battle with America is now open to all possibilities," the militia said in a statement released late on December 29.',
        'December 29',
      ),
      'Militia: "Our battle with America is now open to all possibilities"',
    );
    // The date inside the quotation is the speaker's words and stays.
    assert.equal(
      titleAt('"We expect a decision on Monday," the mayor said.', 'Monday'),
      'Mayor: "We expect a decision on Monday"',
    );
  });
});

describe('titles: the date phrase', () => {
  test('goes where it only places the event', () => {
    assert.equal(titleAt('15:42 Power restored to 12,000 homes', '15:42'), 'Power restored to 12,000 homes');
    assert.equal(titleAt('Daniel died in 2009.', '2009'), 'Daniel died');
    assert.equal(
      titleAt('The crossing began in 1911, when a lobsterman started rowing neighbors.', '1911'),
      'The crossing began when a lobsterman started rowing neighbors',
    );
    assert.equal(
      titleAt("The county's last major outbreak, in 2009, sickened 22 people.", '2009'),
      "The county's last major outbreak sickened 22 people",
    );
  });

  test('stays where it carries meaning: a relation, a noun it modifies, a subject, an object', () => {
    assert.equal(
      titleAt('The agreement would keep spending at existing levels until Dec. 20.', 'Dec. 20'),
      'The agreement would keep spending at existing levels until Dec. 20',
    );
    assert.equal(
      titleAt('It singled out a December 27 rocket barrage in Kirkuk.', 'December 27'),
      'It singled out a December 27 rocket barrage in Kirkuk',
    );
    assert.equal(
      titleAt("Durant will miss Saturday's game.", "Saturday's"),
      "Durant will miss Saturday's game",
    );
    assert.equal(
      titleAt('Forecasters say tonight will bring the strongest gusts yet.', 'tonight'),
      'Forecasters say tonight will bring the strongest gusts yet',
    );
    assert.equal(
      titleAt('Many residents spent the night in basements.', 'the night'),
      'Many residents spent the night in basements',
    );
  });
});

describe('titles: the clause that carries the event', () => {
  test('a relative clause holding the date is the event of its noun', () => {
    assert.equal(
      titleAt(
        'Okafor, who took over in January 2022, has spent two years steering the company.',
        'January 2022',
      ),
      'Okafor took over',
    );
    assert.equal(
      titleAt(
        'The 35-day partial shutdown that ended on Jan. 25, the longest ever, left workers unpaid.',
        'Jan. 25',
      ),
      'The 35-day partial shutdown ended',
    );
  });

  test('a date in a finite "since …" clause makes that clause the title', () => {
    assert.equal(
      titleAt(
        'Tensions have escalated since the United States last year withdrew from a nuclear agreement.',
        'last year',
      ),
      'U.S. withdrew from a nuclear agreement',
    );
  });

  test('a clause without its subject gets the head of the sentence subject', () => {
    assert.equal(
      titleAt(
        'The caretaker Iraqi government in power since the resignation, meanwhile, warned on December 30 it might act.',
        'December 30',
      ),
      'The caretaker Iraqi government warned it might act',
    );
  });

  test('a date far into a long sentence titles the noun phrase it dates', () => {
    const s =
      "Iraq has been shaken by major anti-government protests for months that have been blamed largely on dissatisfaction with official corruption and incompetence but also have targeted the political system imposed after the U.S.-led invasion in 2003 as well as Iranian influence among Iraq's political elite.";
    assert.equal(titleAt(s, '2003'), 'The U.S.-led invasion');
  });
});

describe('titles: length', () => {
  test('at most 70 characters, cut at a word boundary with "…" and no dangling word', () => {
    assert.equal(TITLE_MAX_LENGTH, 70);
    const title = titleAt(
      'The United States said on December 29 that it had conducted "precision defensive strikes" against five targets in Iraq and Syria controlled by the Kataib Hizbullah, also known as the Kataib Brigades.',
      'December 29',
    );
    assert.equal(title, 'U.S. conducted "precision defensive strikes" against five targets…');
    const filler = 'a'.repeat(36);
    assert.equal(
      titleAt(
        `The ministry said on December 29 that ${filler} struck the ${'b'.repeat(20)} targets.`,
        'December 29',
      ),
      `A${filler.slice(1)} struck the ${'b'.repeat(20)}…`,
    );
  });

  test('an aside goes before the end is cut, and a title that fits has no "…"', () => {
    assert.equal(
      titleAt(
        "Brault's lawyer, Nadia Ferreira, argued at the hearing on Tuesday that her client had lent the truck to a friend.",
        'Tuesday',
      ),
      "Brault's lawyer argued at the hearing that her client lent the truck…",
    );
    assert.equal(
      titleAt(
        'The agreement, hammered out in a meeting that lasted four hours, takes effect on Dec. 1.',
        'Dec. 1',
      ),
      'The agreement takes effect',
    );
    assert.equal(
      titleAt('The agreement, hammered out on Monday night, takes effect on Dec. 1.', 'Dec. 1'),
      'The agreement, hammered out on Monday night, takes effect',
    );
  });

  test('a single word longer than a title is cut inside, never between the halves of a surrogate pair', () => {
    const word = 'x'.repeat(300);
    assert.equal(eventTitle(`${word} on December 29.`, { start: 304, end: 315 }), `X${'x'.repeat(68)}…`);
    const emoji = eventTitle('😀'.repeat(100), { start: 0, end: 10 });
    assert.equal(emoji, `${'😀'.repeat(34)}…`);
  });

  test('never opens with an ellipsis', () => {
    const s = `${'Officials in the capital, '.repeat(8)}and later on December 29 the ministry said troops left.`;
    const title = titleAt(s, 'December 29');
    assert.ok(!title.startsWith('…'), title);
    assert.ok(title.length <= TITLE_MAX_LENGTH, title);
  });
});

describe('titles: hostile input', () => {
  test('a sentence of 200,000 characters is cut to the words around its date first', () => {
    const filler = 'when it had said that '.repeat(5000);
    const s = `${filler}troops left on December 29 and ${filler}.`;
    const title = titleAt(s, 'December 29');
    assert.ok(title.length <= TITLE_MAX_LENGTH && !title.startsWith('…'), title);
  });
});

describe('titles open with a word, not with what a bullet, a date or an aside left behind', () => {
  test('a bulleted entry line', () => {
    assert.equal(
      titleAt('• Jan. 4: A former state lawmaker pleads guilty to one count of fraud.', 'Jan. 4'),
      'A former state lawmaker pleads guilty to one count of fraud',
    );
  });
  test('an aside in brackets before a colon or a dash', () => {
    assert.equal(
      titleAt(
        'Friday March 15, 1.40pm local time (12.40am GMT): Police respond to reports of shots fired in the city centre.',
        'Friday March 15, 1.40pm',
      ),
      'Police respond to reports of shots fired in the city centre',
    );
    assert.equal(
      titleAt('(WJW / AP) – A jury found the former mayor guilty on Thursday.', 'Thursday'),
      'A jury found the former mayor guilty',
    );
  });
});
