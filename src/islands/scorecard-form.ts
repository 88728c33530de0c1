/**
 * The interview kit's scorecards in the browser: entries kept in localStorage per candidate (never sent anywhere),
 * restored on reload, cleared on request, printed one at a time and downloaded as Markdown or CSV.
 * The wording and file formats live in src/lib/scorecard.ts; this file only reads and fills the forms.
 */
import type { Recommendation, Score } from '../lib/interview-kit.ts';
import { scorecardCsv, scorecardFileName, scorecardMarkdown, storageKey, type Scorecard } from '../lib/scorecard.ts';

const currentKey = (step: string) => `interview-kit:${step}:current`;

function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Storage turned off: the form still works, it just forgets on reload.
  }
}

const field = (form: HTMLFormElement, name: string) =>
  form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | RadioNodeList | null;
const valueOf = (form: HTMLFormElement, name: string): string => {
  const f = field(form, name);
  return f && 'value' in f ? f.value : '';
};

/** The form's entries as a scorecard. */
function read(form: HTMLFormElement): Scorecard {
  const attributes = [...form.querySelectorAll<HTMLElement>('[data-attribute]')].map((fs) => {
    const id = fs.dataset['attribute']!;
    const score = valueOf(form, `${id}-score`);
    return {
      id,
      name: fs.dataset['name']!,
      score: score ? (Number(score) as Score) : null,
      notes: valueOf(form, `${id}-notes`),
    };
  });
  const decision = valueOf(form, 'decision');
  return {
    step: form.dataset['scorecard']!,
    stepTitle: form.dataset['title']!,
    candidate: valueOf(form, 'candidate'),
    interviewer: valueOf(form, 'interviewer'),
    date: valueOf(form, 'date'),
    attributes,
    decision: decision ? (decision as Recommendation) : null,
    evidence: valueOf(form, 'evidence'),
  };
}

/** Puts a saved scorecard's entries back into the form. */
function fill(form: HTMLFormElement, card: Scorecard): void {
  const set = (name: string, value: string) => {
    const f = field(form, name);
    if (f instanceof RadioNodeList)
      for (const r of f) (r as HTMLInputElement).checked = (r as HTMLInputElement).value === value;
    else if (f) f.value = value;
  };
  set('candidate', card.candidate);
  set('interviewer', card.interviewer);
  set('date', card.date);
  for (const a of card.attributes) {
    set(`${a.id}-score`, a.score === null ? '' : String(a.score));
    set(`${a.id}-notes`, a.notes);
  }
  set('decision', card.decision ?? '');
  set('evidence', card.evidence);
}

/** Copies each text box into the paragraph that prints in its place, so long notes print in full. */
function mirror(form: HTMLFormElement): void {
  for (const box of form.querySelectorAll('textarea')) {
    const out = box.nextElementSibling;
    if (out?.classList.contains('print-mirror')) out.textContent = box.value;
  }
}

function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function wire(form: HTMLFormElement, saved: Storage | undefined): void {
  const step = form.dataset['scorecard']!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const say = (text: string) => (status.textContent = text);
  const load = (candidate: string): Scorecard | undefined => {
    const raw = candidate.trim() ? saved?.getItem(storageKey(step, candidate)) : null;
    try {
      return raw ? (JSON.parse(raw) as Scorecard) : undefined;
    } catch {
      return undefined;
    }
  };
  const save = () => {
    const card = read(form);
    mirror(form);
    if (!saved || !card.candidate.trim()) return;
    saved.setItem(storageKey(step, card.candidate), JSON.stringify(card));
    saved.setItem(currentKey(step), card.candidate);
  };

  const last = load(saved?.getItem(currentKey(step)) ?? '');
  if (last) fill(form, last);
  mirror(form);
  form.addEventListener('input', save);
  form.addEventListener('change', (e) => {
    // Typing a name saved before brings that candidate's entries back.
    const target = e.target as HTMLInputElement;
    if (target.name !== 'candidate') return save();
    const earlier = load(target.value);
    if (earlier) {
      fill(form, earlier);
      say(`Loaded the entries saved for ${earlier.candidate}.`);
    }
    save();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save();
    say(read(form).candidate.trim() ? 'Saved in this browser.' : 'Type the candidate’s name to keep these entries.');
  });

  const actions = form.querySelector<HTMLElement>('.actions')!;
  actions.hidden = false;
  form.dataset['ready'] = '';
  actions.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset['action'];
    const card = read(form);
    if (action === 'print') {
      mirror(form);
      form.closest('.interview')?.classList.add('print-now');
      document.documentElement.dataset['printOne'] = step;
      window.print();
    } else if (action === 'md') {
      download(scorecardFileName(card, 'md'), 'text/markdown', scorecardMarkdown(card));
      say('Downloaded as Markdown.');
    } else if (action === 'csv') {
      download(scorecardFileName(card, 'csv'), 'text/csv', scorecardCsv(card));
      say('Downloaded as CSV.');
    } else if (action === 'clear') {
      if (card.candidate.trim()) saved?.removeItem(storageKey(step, card.candidate));
      saved?.removeItem(currentKey(step));
      form.reset();
      mirror(form);
      say('Cleared: this scorecard is no longer kept in this browser.');
    }
  });
}

/** Wires every scorecard on the page. */
export function wireScorecards(): void {
  const saved = store();
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-scorecard]')) wire(form, saved);
  window.addEventListener('afterprint', () => {
    delete document.documentElement.dataset['printOne'];
    for (const s of document.querySelectorAll('.print-now')) s.classList.remove('print-now');
  });
}
