/** Wording of the interview kit's scorecards that is not content: the 1–4 scale and the overall recommendation. */

/** The scores an attribute can get, lowest first. */
export const scores = [1, 2, 3, 4] as const;
/** A score from 1 to 4. */
export type Score = (typeof scores)[number];

/** The overall recommendation each interviewer records, from the structured-hiring scorecards we follow. */
export const recommendations = ['Definitely not', 'No', 'Yes', 'Strong yes'] as const;
/** One overall recommendation. */
export type Recommendation = (typeof recommendations)[number];

/** "10 minutes" or "45 minutes (our suggestion)". */
export function stepLength(step: { minutes: number; length: 'sourced' | 'suggested' }): string {
  return `${step.minutes} minutes${step.length === 'suggested' ? ' (our suggestion)' : ''}`;
}

/** "Step 2 of 4 · Architecture interview · 60 minutes (our suggestion)". */
export function stepMeta(
  step: { number: number; format: string; minutes: number; length: 'sourced' | 'suggested' },
  total: number,
): string {
  return [`Step ${step.number} of ${total}`, step.format, stepLength(step)].join(' · ');
}
