/** Wording of the interview kit's scorecards that is not content: the 1–4 scale and the overall recommendation. */

/** The scores an attribute can get, lowest first. */
export const scores = [1, 2, 3, 4] as const;

/** The overall recommendation each interviewer records, from the structured-hiring scorecards we follow. */
export const recommendations = ['Definitely not', 'No', 'Yes', 'Strong yes'] as const;

/** "Step 2 of 4 · Architecture interview · 10 minutes". */
export function stepMeta(
  step: { number: number; format: string; minutes?: number | undefined },
  total: number,
): string {
  return [`Step ${step.number} of ${total}`, step.format, step.minutes && `${step.minutes} minutes`]
    .filter(Boolean)
    .join(' · ');
}
