/** Sets the salary entered in the calculator against US pay, by the site's one definition of the US pay multiple. */
import { usMultiple } from '../salaries.ts';
import type { CostInput } from './types.ts';

/**
 * The US pay multiple for this salary ({@link usMultiple}, as the guide and the band explorer use it): US total
 * compensation at the middle of the level's US band (`usMid`, US$ a year) divided by the salary, per hire per year,
 * converted at the calculator's exchange rate. It compares pay with pay, not with the employer's total cost.
 */
export function usPayMultiple(input: Pick<CostInput, 'salary' | 'fx'>, usMid: number): number {
  return usMultiple(input.salary / input.fx, usMid);
}
