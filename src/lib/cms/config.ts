/** The Decap CMS configuration (config.yml at /admin), generated from the schemas and the content on file. */
import type { Content } from '../content/reader.ts';
import { formCollections, type FormCollection } from './collections.ts';
import { formFields, type Choices } from './fields.ts';
import { ENTRIES } from './formats.ts';

/** The port of the decap-server `npm run cms` starts, which config.yml's local backend names. */
export const CMS_PROXY_PORT = 8081;

/** Where the form saves: the repository on the forge, and the local proxy `npm run cms` starts. */
export interface CmsSettings {
  /** `owner/name` on GitHub. */
  repo: string;
  branch: string;
  /** The decap-server address the form uses when it is opened on this machine. */
  localProxy: string;
  /** `md` or `mdx`: the guides' file extension. */
  guideExtension: string;
}

/** The ids on file that other fields choose from, by the name of the field that holds them. */
export function choicesOf({ collections }: Pick<Content, 'collections'>): Choices {
  const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
  const unique = (list: string[]) => [...new Set(list)];
  const sources = ids(collections.sources);
  const roles = ids(collections.roles);
  return {
    sources,
    via: sources,
    role: roles,
    roles,
    values: roles,
    author: ids(collections.authors),
    costFact: ids(collections.facts),
    exchangeRate: ids(collections.exchangeRates),
    salaryData: ids(collections.salaries),
    level: unique(collections.salaries.flatMap((d) => d.data.levels.map((l) => l.id))),
    segment: unique(collections.salaries.flatMap((d) => d.data.segments.map((s) => s.id))),
    within: ids(collections.searchSynonyms),
    attributes: ids(collections.interviewAttributes),
  };
}

function collectionConfig(c: FormCollection, choices: Choices, settings: CmsSettings): Record<string, unknown> {
  const fields = formFields(c.schema, choices);
  const base = { name: c.name, label: c.label, format: c.format, delete: false, editor: { preview: false } };
  if (c.kind === 'list') {
    const entries = { name: ENTRIES, label: c.label, widget: 'list', summary: '{{fields.id}}', fields };
    return { ...base, files: [{ name: c.name, label: c.label, file: c.path, fields: [entries] }] };
  }
  const folder = { ...base, folder: c.path, identifier_field: 'id', slug: '{{slug}}', summary: '{{title}}', fields };
  if (c.kind === 'dir') return { ...folder, extension: 'yaml', create: true };
  // Guides: front matter only, no new guides (a guide's text is written in the repository; see CONTRIBUTING).
  return { ...folder, extension: settings.guideExtension, identifier_field: 'slug', create: false };
}

/** The whole configuration: GitHub with pull requests for every save, or decap-server on this machine. */
export function cmsConfig(content: Pick<Content, 'collections'>, settings: CmsSettings): Record<string, unknown> {
  const choices = choicesOf(content);
  return {
    backend: { name: 'github', repo: settings.repo, branch: settings.branch, squash_merges: true },
    local_backend: { url: settings.localProxy },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    site_url: '/',
    logo_url: '/favicon.svg',
    collections: formCollections.map((c) => collectionConfig(c, choices, settings)),
  };
}
