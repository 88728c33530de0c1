/** /robots.txt: allow every crawler everywhere and point to the sitemap index. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/api/robots.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
