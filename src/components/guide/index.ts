/** The components that render a guide's tags (src/lib/guide-html.ts lists the same names for the content check). */
import type { GuideTag } from '../../lib/guide-html.ts';
import Band from './Band.astro';
import Benchmark from './Benchmark.astro';
import Cite from './Cite.astro';
import Claim from './Claim.astro';
import Fact from './Fact.astro';
import FactReason from './FactReason.astro';
import Level from './Level.astro';
import Rate from './Rate.astro';
import BandExplorer from '../BandExplorer.astro';
import Benchmarks from '../Benchmarks.astro';
import Calculator from '../Calculator.astro';
import Cities from '../Cities.astro';
import CompactCalculator from '../CompactCalculator.astro';
import ModelComparison from '../ModelComparison.astro';
import EorUplift from '../EorUplift.astro';
import HiringModels from '../HiringModels.astro';
import RoleComparison from '../RoleComparison.astro';
import SalaryChart from '../SalaryChart.astro';
import SalaryTable from '../SalaryTable.astro';

/** One component per tag; `satisfies` keeps the keys equal to GUIDE_TAGS. */
export const guideComponents = {
  Band,
  BandExplorer,
  Benchmark,
  Benchmarks,
  Calculator,
  Cite,
  Claim,
  Cities,
  CompactCalculator,
  ModelComparison,
  EorUplift,
  Fact,
  FactReason,
  HiringModels,
  Level,
  Rate,
  RoleComparison,
  SalaryChart,
  SalaryTable,
} satisfies Record<GuideTag, unknown>;
