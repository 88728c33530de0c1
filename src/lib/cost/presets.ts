/** The calculator's salary presets, built from a salary data set (at build time, and by tests that check the page). */
import { formatLakh, formatRange } from '../format.ts';
import { findBand, localSegments, toUnits } from '../salaries.ts';
import type { SalaryDataset } from '../../schemas/salaries.ts';
import type { SalaryPreset } from './bands.ts';

/** Every seniority × local segment band of a data set, as presets in rupees a year, midpoints in whole rupees. */
export function presetsOf(d: SalaryDataset): SalaryPreset[] {
  return d.levels.flatMap((level) =>
    localSegments(d).flatMap((segment) => {
      const b = findBand(d, level.id, segment.id);
      if (!b) return [];
      const min = toUnits(b.min, b.currency);
      const max = toUnits(b.max, b.currency);
      const preset: SalaryPreset = {
        id: `${level.id}-${segment.id}`,
        level: level.id,
        label: `${level.label}, ${segment.label}`,
        range: formatRange(b.min, b.max, (n) => formatLakh(n), { openEnded: b.openEnded }),
        min,
        max,
        mid: Math.round((min + max) / 2),
      };
      // Written only when true: the presets travel with the island, in the page.
      if (b.openEnded) preset.openEnded = true;
      return [preset];
    }),
  );
}

/**
 * Each preset as the drop-down offers it, short enough for a phone's width: the words every segment's name starts
 * with (`India`, in a calculator for one country) are left out, and the range follows the name: `Mid-level, top
 * employers ₹25L–₹35L`.
 */
export function presetOptions(presets: readonly SalaryPreset[]): [id: string, text: string][] {
  const split = presets.map((p) => {
    const at = p.label.indexOf(', ');
    return at < 0 ? [p.label, ''] : [p.label.slice(0, at), p.label.slice(at + 2)];
  });
  const words = split.map(([, segment]) => segment!.split(' '));
  let shared = 0;
  while (words.length > 1 && words.every((w) => w.length > shared + 1 && w[shared] === words[0]![shared])) shared++;
  return presets.map((p, i) => {
    const segment = words[i]!.slice(shared).join(' ');
    return [p.id, `${split[i]![0]}${segment ? `, ${segment}` : ''} ${p.range}`];
  });
}
