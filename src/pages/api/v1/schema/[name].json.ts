/** /api/v1/schema/<name>.json: the JSON Schema of each API document, generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentJsonSchema, jsonText } from '../../../../lib/api/common.ts';
import { documentNames, type DocumentName } from '../../../../lib/api/schemas.ts';
import { buildContext, jsonResponse } from '../_build.ts';

export const getStaticPaths = (() => documentNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, { name: DocumentName }> = ({ params }) =>
  jsonResponse(jsonText(documentJsonSchema(params.name, buildContext.site)));
