/** Shared pieces of the API builders: paths, absolute URLs, source lookups, dates and JSON Schema output. */
import { z } from 'astro/zod';
import { entryOf } from '../collections.ts';
import { absoluteUrl } from '../routes.ts';
import type { Source } from '../../schemas/sources.ts';
import { documentSchemas, type DocumentName, type SourceRef } from './schemas.ts';

/** What every builder needs besides the data: the site origin and the build time. */
export interface BuildContext {
  /** Public origin of the site, without a trailing slash, e.g. https://example.org. */
  site: string;
  /** ISO timestamp of the build, e.g. 2026-11-27T07:00:00.000Z. */
  generatedAt: string;
}

/** The API's root path; bump the version when a field changes meaning or goes away. */
const API_BASE = '/api/v1';

/** Site path of a published document, e.g. /api/v1/salaries.json (salaries is also published as .csv). */
export function documentPath(name: DocumentName, format: 'json' | 'csv' = 'json'): string {
  return `${API_BASE}/${name}.${format}`;
}

/** Site path of a document's JSON Schema, e.g. /api/v1/schema/salaries.json. */
export function schemaPath(name: DocumentName): string {
  return `${API_BASE}/schema/${name}.json`;
}

/** Expands source ids (checked by the content reader) into references with publisher, title and URL. */
export function sourceRefs(ids: readonly string[], sources: ReadonlyMap<string, Source>): SourceRef[] {
  return ids.map((id) => {
    const s = entryOf(sources, id);
    return { id, publisher: s.publisher, title: s.title, url: s.url ?? null, primary: s.primary === true };
  });
}

/** The published JSON Schema (draft 2020-12) of a document, with its absolute URL as `$id`. */
export function documentJsonSchema(name: DocumentName, site: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(documentSchemas[name], { io: 'output', unrepresentable: 'any' });
  return { $schema, $id: absoluteUrl(site, schemaPath(name)), ...rest };
}

/** A document as served: pretty-printed JSON with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
