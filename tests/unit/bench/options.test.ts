import { describe, expect, it } from 'vitest';
import { buildNodeArgs, LARGE_SITE_PAGES, parseBenchOptions, USAGE } from '../../../scripts/lib/bench/options.ts';

describe('parseBenchOptions', () => {
  it('gives the defaults for an empty command line', () => {
    expect(parseBenchOptions([])).toEqual({
      kind: 'run',
      options: {
        pages: 1000,
        datasets: 50,
        keep: false,
        skipReal: false,
        skipWarm: false,
        profile: false,
        nodeArgs: [],
        peer: undefined,
      },
    });
  });
  it('reads every option', () => {
    const request = parseBenchOptions([
      '--pages',
      '20',
      '--datasets=4',
      '--keep',
      '--skip-real',
      '--skip-warm',
      '--profile',
      '--node-args=--max-old-space-size=1024 --trace-gc',
      '--peer',
      'starlight',
    ]);
    expect(request).toEqual({
      kind: 'run',
      options: {
        pages: 20,
        datasets: 4,
        keep: true,
        skipReal: true,
        skipWarm: true,
        profile: true,
        nodeArgs: ['--max-old-space-size=1024', '--trace-gc'],
        peer: 'starlight',
      },
    });
  });
  it('never uses more data sets than pages', () => {
    const request = parseBenchOptions(['--pages', '3']);
    expect(request.kind === 'run' && request.options.datasets).toBe(3);
  });
  it.each([
    [['--pages', '0'], /--pages/],
    [['--pages', '2.5'], /--pages/],
    [['--pages', 'many'], /--pages/],
    [['--datasets', '-1'], /--datasets/],
    [['--page', '20'], /--page/],
    [['extra'], /extra/],
    [['--peer', 'docusaurus'], /--peer must be one of: starlight/],
  ])('refuses %j', (argv, message) => {
    const request = parseBenchOptions(argv);
    expect(request.kind).toBe('error');
    expect(request.kind === 'error' && request.message).toMatch(message);
  });
  it('asks for the usage text, which names every option', () => {
    expect(parseBenchOptions(['--help'])).toEqual({ kind: 'help' });
    expect(parseBenchOptions(['-h', '--pages', '0'])).toEqual({ kind: 'help' });
    for (const option of ['--pages', '--datasets', '--keep', '--skip-real', '--profile', '--node-args', '--help'])
      expect(USAGE).toContain(option);
  });
});

describe('buildNodeArgs', () => {
  const GiB = 1024 ** 3;
  it('adds nothing for a site Node handles with its default heap', () => {
    expect(buildNodeArgs(['--trace-gc'], LARGE_SITE_PAGES, 24 * GiB)).toEqual(['--trace-gc']);
  });
  it('raises the heap limit to half the memory for a larger site', () => {
    expect(buildNodeArgs([], LARGE_SITE_PAGES + 1, 24 * GiB)).toEqual(['--max-old-space-size=12288']);
  });
  it('keeps a heap limit given on the command line', () => {
    expect(buildNodeArgs(['--max-old-space-size=1024'], 10_000, 24 * GiB)).toEqual(['--max-old-space-size=1024']);
  });
});
