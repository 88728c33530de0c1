/** /robots.txt: allow every crawler everywhere and point to the sitemap index. */
import { url } from '../data/paths.ts';
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/api/robots.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(new URL(url('/'), site.url).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
