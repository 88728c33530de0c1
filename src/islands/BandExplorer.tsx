/** Salary band explorer: pick a level and a market segment, see the band in rupees and dollars beside US pay. */
import { useState } from 'preact/hooks';
import type { ExplorerCell } from '../lib/salaries.ts';
import { SelectField } from './Field.tsx';

interface Props {
  idPrefix: string;
  levels: { id: string; label: string }[];
  /** The level shown first. */
  defaultLevel: string;
  segments: { id: string; label: string }[];
  cells: ExplorerCell[];
  usLabel: string;
}

/** Two selects and a result; every figure was formatted at build time from the data. */
export default function BandExplorer({ idPrefix: p, levels, defaultLevel, segments, cells, usLabel }: Props) {
  const [level, setLevel] = useState(defaultLevel);
  const [segment, setSegment] = useState(segments[0]?.id ?? '');
  const cell = cells.find((c) => c.level === level && c.segment === segment);
  return (
    <div class="card explorer" data-pagefind-ignore>
      <div class="explorer-controls">
        <SelectField
          id={`${p}-level`}
          label="Seniority"
          value={level}
          options={levels.map((l) => [l.id, l.label])}
          onChange={setLevel}
        />
        <SelectField
          id={`${p}-segment`}
          label="Employers"
          value={segment}
          options={segments.map((s) => [s.id, s.label])}
          onChange={setSegment}
        />
      </div>
      <dl class="explorer-result" aria-live="polite">
        {cell ? (
          <>
            <div>
              <dt>Annual pay</dt>
              <dd>
                <strong>{cell.inr}</strong> <span class="unit">({cell.inrFull})</span>
              </dd>
            </div>
            <div>
              <dt>In US dollars</dt>
              <dd>{cell.usd}</dd>
            </div>
            {cell.us && (
              <div>
                <dt>{usLabel}</dt>
                <dd>
                  {cell.us} <span class="unit">({cell.times} the Indian band)</span>
                </dd>
              </div>
            )}
          </>
        ) : (
          <div>
            <dt>Annual pay</dt>
            <dd>No band is on file for this combination.</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
