import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import type { Resources } from '../../src/runtime/index.ts';
import { createLocalizer, loadLocalizer, type Localizer } from '../../src/runtime/node.ts';
import { editFile, withoutSection, scratchFolders } from '../helpers.ts';

const scratch = scratchFolders();

describe('the localizer over the shipped bundles', () => {
  let localizer: Localizer;

  beforeAll(async () => {
    // The run's build of the project, read only.
    localizer = await loadLocalizer(inject('projectBuild'));
  });

  it('negotiates from an Accept-Language header', () => {
    expect(localizer.negotiate('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(localizer.negotiate('en;q=0.5, es-419')).toBe('es');
    expect(localizer.negotiate('es;q=0, en')).toBe('en');
    expect(localizer.negotiate('fr-FR,fr;q=0.9')).toBe('en');
    expect(localizer.negotiate(undefined)).toBe('en');
  });

  it('returns the Spanish fragment for es-MX, and says it is Spanish', () => {
    const fragment = localizer.fragment('mexico', 'goals', 'es-MX');
    expect(fragment).toEqual({
      lng: 'es',
      requested: 'es',
      fallback: false,
      html: expect.stringContaining('<h2 id="mexico-goals">Objetivos</h2>'),
    });
    expect(fragment.html).toMatch(/^<section [^>]*lang="es"/);
  });

  it('returns titles and UI strings in the language', () => {
    expect(localizer.title('mexico', 'es')).toEqual({ text: 'México', lng: 'es', requested: 'es', fallback: false });
    expect(localizer.t('es')('skipLink')).toBe('Ir al contenido principal');
    expect(localizer.t('en')('landmarks.main')).toBe('Main content');
    expect(localizer.sections('mexico')).toEqual(['intro', 'challenges', 'goals', 'accomplishments']);
  });

  it('refuses a fragment that does not exist instead of returning its key', () => {
    expect(() => localizer.fragment('mexico', 'nope' as 'goals', 'es')).toThrow(
      'Unknown section `nope` of page `mexico` (its sections: intro, challenges, goals, accomplishments).',
    );
    expect(() => localizer.fragment('nowhere' as 'mexico', 'intro', 'es')).toThrow(/Unknown fragment `nowhere`/);
  });
});

describe('fallback when a translation is missing', () => {
  let localizer: Localizer;

  beforeAll(async () => {
    const root = await scratch.project();
    await editFile(root, 'content/es/mexico.md', (text) => withoutSection(text, 'goals'));
    const out = path.join(root, 'dist');
    expect((await buildSite({ root, outDir: out, browserChecks: false })).ok).toBe(true);
    localizer = await loadLocalizer(out);
  });

  it('serves the English fragment, keeping lang="en", and tells the caller it used en', () => {
    const fragment = localizer.fragment('mexico', 'goals', 'es');
    expect(fragment.lng).toBe('en');
    expect(fragment.requested).toBe('es');
    expect(fragment.fallback).toBe(true);
    expect(fragment.html).toMatch(
      /^<section data-fragment-id="mexico\/goals" [^>]*lang="en" dir="ltr">\n<h2 id="mexico-goals">Goals<\/h2>/,
    );
  });

  it('adds the "translation pending" notice in the requested language', () => {
    expect(localizer.fragment('mexico', 'goals', 'es').notice).toBe(
      'Esta sección aún no está disponible en español. Se muestra en inglés, el idioma en que se redactó.',
    );
  });

  it('still serves the sections that are translated in Spanish', () => {
    expect(localizer.fragment('mexico', 'challenges', 'es')).toMatchObject({ lng: 'es', fallback: false });
    expect(localizer.fragment('mexico', 'challenges', 'es').notice).toBeUndefined();
  });
});

/** A whole English UI namespace, with `skipLink` as given. */
const englishUi = (skipLink: string) => ({
  languageName: 'English',
  skipLink,
  landmarks: { main: 'Main', languageSwitcher: 'Language', reports: 'Reports', pages: 'Pages' },
  sections: { intro: 'Intro' },
  translationPending: 'Pending',
  publisher: 'State',
  languageChanged: 'In English',
  reports: { accessibility: 'Accessibility', translationReview: 'Review' },
  pageIndex: 'All pages',
  lastUpdated: 'Updated {{date}}',
  notFound: { title: 'Not found', text: 'Nothing here.' },
  search: {
    title: 'Search',
    label: 'Search this site',
    button: 'Search',
    searching: 'Searching…',
    resultsOne: '1 result',
    resultsOther: '{{count}} results',
    none: 'None',
    noScript: 'Needs JavaScript',
  },
});

describe('fragments are HTML, not templates', () => {
  it('leaves {{…}} and $t(…) in a fragment as they are', () => {
    const html = '<section lang="en"><p>{{name}} and $t(ui:skipLink)</p></section>';
    const ui = englishUi('Skip');
    const resources: Record<string, Partial<Resources>> = {
      en: {
        ui,
        mexico: { title: 'Mexico', sections: { intro: html, challenges: html, goals: html, accomplishments: html } },
      },
    };
    const localizer = createLocalizer({ resources, languages: ['en'], sourceLanguage: 'en' });
    expect(localizer.fragment('mexico', 'intro', 'en').html).toBe(html);
  });

  it('escapes values interpolated into UI strings', () => {
    const ui = englishUi('Skip {{what}}');
    const localizer = createLocalizer({ resources: { en: { ui } }, languages: ['en'], sourceLanguage: 'en' });
    // skipLink has no {{what}} in the typed strings, so the options are given as i18next accepts them at run time.
    const translate = localizer.t('en') as unknown as (key: string, options: object) => string;
    expect(translate('skipLink', { what: '<img src=x onerror=alert(1)>' })).toBe(
      'Skip &lt;img src=x onerror=alert(1)&gt;',
    );
  });
});
