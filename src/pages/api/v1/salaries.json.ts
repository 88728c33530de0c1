/** /api/v1/salaries.json: every band of every salary data set, with derived dollars and sources. */
import type { APIRoute } from 'astro';
import { jsonText } from '../../../lib/api/common.ts';
import { buildSalariesDocument } from '../../../lib/api/salaries.ts';
import { buildContext, jsonResponse } from './_build.ts';
import { salariesInput } from './_salaries.ts';

export const GET: APIRoute = async () =>
  jsonResponse(jsonText(buildSalariesDocument(await salariesInput(), buildContext)));
