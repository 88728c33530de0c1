/** Runs on every page as it is built: puts Astro's island style in `<head>` (see src/lib/island-styles.ts). */
import { defineMiddleware } from 'astro:middleware';
import { hoistIslandStyles } from './lib/island-styles.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(hoistIslandStyles(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
