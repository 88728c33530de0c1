/** Shared by the API endpoints (not a route: the leading underscore keeps it out of the build's pages). */
import { siteRoot } from '../../../data/paths.ts';
import type { BuildContext } from '../../../lib/api/common.ts';

/** The site origin and one build timestamp, shared by every API document of a build. */
export const buildContext: BuildContext = {
  site: siteRoot,
  generatedAt: new Date().toISOString(),
};

/** A JSON response for a static API file. */
export function jsonResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
