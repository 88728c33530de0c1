/** /robots.txt: allow every crawler everywhere and point to the sitemap index. */
import type { APIRoute } from 'astro';
import { siteRoot } from '../data/paths.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(siteRoot), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
