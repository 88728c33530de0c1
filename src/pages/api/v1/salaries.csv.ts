/** /api/v1/salaries.csv: the bands of salaries.json as RFC 4180 CSV, one row per band. */
import type { APIRoute } from 'astro';
import { salariesCsv, salaryBandRecords } from '../../../lib/api/salaries.ts';
import { salariesInput } from './_salaries.ts';

export const GET: APIRoute = async () =>
  new Response(salariesCsv(salaryBandRecords(await salariesInput())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
