/** The scorecard's downloads, reading a CSV download back, its storage key and the hiring panel's summary. */
import { describe, expect, it } from 'vitest';
import {
  panelSummary,
  parseCsv,
  parseScorecardCsv,
  scorecardCsv,
  scorecardFileName,
  scorecardMarkdown,
  storageKey,
  type Scorecard,
} from '../../src/lib/scorecard.ts';

const filled: Scorecard = {
  step: 'scenarios',
  stepTitle: 'Scenario-based technical interview',
  candidate: 'Asha Rao',
  interviewer: 'Vikram, platform lead',
  date: '2026-12-07',
  attributes: [
    {
      id: 'deployment-design',
      name: 'Deployment design',
      score: 3,
      notes: 'Canary with a "rollback" trigger, 5% first',
    },
    {
      id: 'production-debugging',
      name: 'Production debugging',
      score: 4,
      notes: '=checked data | then model\nset threshold',
    },
    { id: 'tradeoff-reasoning', name: 'Trade-off reasoning', score: null, notes: '' },
  ],
  decision: 'Yes',
  evidence: 'Strong on releases.\nNeeds a second look at cost.',
};
const blank: Scorecard = {
  ...filled,
  candidate: '',
  interviewer: '',
  date: '',
  attributes: filled.attributes.map((a) => ({ ...a, score: null, notes: '' })),
  decision: null,
  evidence: '',
};

describe('scorecardMarkdown', () => {
  it.each([
    ['the candidate', filled, '- Candidate: Asha Rao'],
    ['the interviewer', filled, '- Interviewer: Vikram, platform lead'],
    ['the date', filled, '- Date: 2026-12-07'],
    ['a score with its notes', filled, '| Deployment design | 3 | Canary with a "rollback" trigger, 5% first |'],
    [
      'notes with a pipe and a line break, in one cell',
      filled,
      '| Production debugging | 4 | =checked data \\| then model set threshold |',
    ],
    ['an attribute not scored', filled, '| Trade-off reasoning | — | — |'],
    ['the decision', filled, '**Overall decision:** Yes'],
    ['the evidence', filled, 'Strong on releases.\nNeeds a second look at cost.'],
    ['an empty candidate as not recorded', blank, '- Candidate: not recorded'],
    ['no decision as not recorded', blank, '**Overall decision:** not recorded'],
  ])('shows %s', (_, card, line) => {
    expect(scorecardMarkdown(card)).toContain(line);
  });
});

describe('scorecardCsv and parseScorecardCsv', () => {
  it.each([
    ['a filled scorecard', filled],
    ['a blank scorecard', blank],
  ])('read %s back unchanged', (_, card) => {
    const parsed = parseScorecardCsv(scorecardCsv(card));
    expect(parsed).toEqual({ ok: true, card: { ...card, candidate: card.candidate, interviewer: card.interviewer } });
  });

  it('writes one row per attribute and one for the decision, formulas defused', () => {
    const rows = parseCsv(scorecardCsv(filled).replace(/'=/g, 'APOSTROPHE='));
    expect(rows).toHaveLength(1 + filled.attributes.length + 1);
    expect(rows[2]![8]).toBe('APOSTROPHE=checked data | then model\nset threshold');
  });

  it.each([
    ['an empty file', '', /first line is not the kit's CSV header/],
    ['another CSV', 'name,salary\r\nA,1\r\n', /first line is not the kit's CSV header/],
    ['a header only', 'candidate,interviewer,date,step,interview,item,name,score,notes\r\n', /no scores/],
    [
      'a score of 5',
      scorecardCsv(filled).replace(',3,', ',5,'),
      /Line 2, column "score": "5" is not a score from 1 to 4/,
    ],
    [
      'an unknown decision',
      scorecardCsv(filled).replace(',Yes,', ',Maybe,'),
      /Line 5, column "score": "Maybe" is not a decision/,
    ],
    [
      'two candidates in one file',
      scorecardCsv(filled).replace(/^(.*\r\n.*\r\n)Asha Rao/, '$1Ravi'),
      /Line 3, column "candidate"/,
    ],
    [
      'a missing column',
      scorecardCsv(filled).replace(',Deployment design,3', ',3'),
      /Line 2 has 8 columns; the kit writes 9/,
    ],
    ['no decision line', scorecardCsv(filled).split('\r\n').slice(0, 4).join('\r\n'), /No "overall" line/],
  ])('rejects %s with a message naming the problem', (_, text, message) => {
    const parsed = parseScorecardCsv(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'plain cells',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['quoted commas and quotes', '"a,1","say ""hi"""', [['a,1', 'say "hi"']]],
    ['a line break inside quotes', '"one\r\ntwo",x\r\n', [['one\r\ntwo', 'x']]],
    ['a byte-order mark and blank lines', '\uFEFFa\r\n\r\nb', [['a'], ['b']]],
    ['an apostrophe before a formula', "'=1+1,'plain", [['=1+1', "'plain"]]],
  ])('reads %s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('storageKey and scorecardFileName', () => {
  it.each([
    ['scenarios', ' Asha Rao ', 'interview-kit:scenarios:asha rao'],
    ['role-fit', 'ASHA RAO', 'interview-kit:role-fit:asha rao'],
  ])('keys %s for %j', (step, candidate, key) => {
    expect(storageKey(step, candidate)).toBe(key);
  });
  it.each([
    [{ step: 'scenarios', candidate: 'Asha Rao' }, 'md', 'scorecard-scenarios-asha-rao.md'],
    [{ step: 'role-fit', candidate: '  Zoë N. / QA ' }, 'csv', 'scorecard-role-fit-zoe-n-qa.csv'],
    [{ step: 'role-fit', candidate: '' }, 'csv', 'scorecard-role-fit.csv'],
  ] as const)('names %j as %s', (card, ext, name) => {
    expect(scorecardFileName(card, ext)).toBe(name);
  });
});

describe('panelSummary', () => {
  const second: Scorecard = {
    ...filled,
    step: 'production-judgement',
    stepTitle: 'Test production judgement',
    interviewer: 'Meera',
    attributes: [
      { id: 'prioritisation', name: 'Prioritisation', score: 2, notes: '' },
      { id: 'deployment-design', name: 'Deployment design', score: 4, notes: '' },
    ],
    decision: 'No',
  };
  const summary = panelSummary([filled, second]);
  it.each([
    ['one column per scorecard', summary.columns.map((c) => c.interviewer), ['Vikram, platform lead', 'Meera']],
    ['each decision', summary.columns.map((c) => c.decision), ['Yes', 'No']],
    ['an attribute scored twice side by side', summary.rows.find((r) => r.id === 'deployment-design')?.scores, [3, 4]],
    ['not scored as null', summary.rows.find((r) => r.id === 'tradeoff-reasoning')?.scores, [null, undefined]],
    ['not asked as undefined', summary.rows.find((r) => r.id === 'prioritisation')?.scores, [undefined, 2]],
    [
      'the attributes in first-seen order',
      summary.rows.map((r) => r.id),
      ['deployment-design', 'production-debugging', 'tradeoff-reasoning', 'prioritisation'],
    ],
    ['the candidates named', summary.candidates, ['Asha Rao']],
  ])('gives %s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
