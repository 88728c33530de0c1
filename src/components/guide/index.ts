/**
 * The one component map every guide renders with (`<Content components={guideComponents} />`). Its keys are
 * src/schemas/guide-components.ts's names, which the content check reads and MDX's optimiser leaves alone.
 */
import type { GuideComponentName, guideOverriddenElements } from '../../schemas/guide-components.ts';
import Band from './Band.astro';
import Benchmark from './Benchmark.astro';
import Cite from './Cite.astro';
import Claim from './Claim.astro';
import Fact from './Fact.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
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
import TakeHome from '../TakeHome.astro';

/** One component per name; `satisfies` (with its check for extra keys) keeps the keys equal to the names. */
export const guideComponents = {
  a: Link,
  h2: H2,
  h3: H3,
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
  TakeHome,
} satisfies Record<GuideComponentName | (typeof guideOverriddenElements)[number], unknown>;
