// The live preview's client, loaded only by the preview server's pages: it
// listens for compiles (server-sent events), reloads the page when its file
// changed, keeping the reader's place, and shows the page's problems in a
// panel that never takes focus and is announced politely.

const words = {
  en: {
    title: 'Problems',
    none: 'No problems on this page.',
    count: (n) => (n === 1 ? '1 problem on this page.' : `${n} problems on this page.`),
    error: 'error',
    warning: 'warning',
    fix: 'Fix:',
    translation: (c) =>
      `Translation units: ${c.translated} translated, ${c.stale} out of date, ${c.missing} missing, ${c.identical} the same as the source.`,
    review: 'Open the review page',
    editor: 'Translate it in the editor',
  },
  es: {
    title: 'Problemas',
    none: 'No hay problemas en esta página.',
    count: (n) => (n === 1 ? '1 problema en esta página.' : `${n} problemas en esta página.`),
    error: 'error',
    warning: 'advertencia',
    fix: 'Solución:',
    translation: (c) =>
      `Unidades de traducción: ${c.translated} traducidas, ${c.stale} desactualizadas, ${c.missing} por traducir, ${c.identical} iguales al original.`,
    review: 'Abrir la página de revisión',
    editor: 'Traducirla en el editor',
  },
};
const placeKey = 'embassy-content-preview-place';

/** The section at the top of the screen, and how far below the top it starts. */
function place() {
  const sections = [...document.querySelectorAll('[data-fragment], main h2[id], main h1')];
  const top = sections.filter((element) => element.getBoundingClientRect().top <= 1).pop() ?? sections[0];
  if (!top) return undefined;
  const id = top.getAttribute('data-fragment') ?? top.id;
  return { id, offset: top.getBoundingClientRect().top, path: location.pathname };
}

function restorePlace() {
  const saved = JSON.parse(sessionStorage.getItem(placeKey) ?? 'null');
  sessionStorage.removeItem(placeKey);
  if (!saved || saved.path !== location.pathname) return;
  const element =
    document.querySelector(`[data-fragment="${CSS.escape(saved.id)}"]`) ?? document.getElementById(saved.id);
  if (element) window.scrollBy(0, element.getBoundingClientRect().top - saved.offset);
}

function element(name, attributes = {}, children = []) {
  const made = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
  made.append(...children);
  return made;
}

/** The panel's list item for one problem; the message itself is in English. */
function problemItem(problem, said) {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const fix = problem.fix ? [element('p', { lang: 'en' }, [`${said.fix} `, problem.fix])] : [];
  return element('li', { class: `preview-${problem.severity}` }, [
    element('p', {}, [
      element('code', {}, [where]),
      ' ',
      element('strong', {}, [said[problem.severity]]),
      ' ',
      element('span', { lang: 'en' }, [problem.reason]),
      ...(problem.rule ? [' ', element('code', {}, [problem.rule])] : []),
    ]),
    ...fix,
  ]);
}

function render(report, status) {
  const said = words[report.lang] ?? words.en;
  document.querySelector('[data-preview-problems]')?.remove();
  status.textContent = report.problems.length > 0 ? said.count(report.problems.length) : '';
  if (report.problems.length === 0 && !report.translation) return;
  const items = report.problems.map((problem) => problemItem(problem, said));
  const translation = report.translation
    ? [
        element('p', {}, [
          said.translation(report.translation.units),
          ' ',
          element('a', { href: report.translation.review }, [said.review]),
          ' ',
          element('a', { href: `${report.translation.editor}?ui=${report.lang}` }, [said.editor]),
        ]),
      ]
    : [];
  // Named by aria-label, not a heading: it comes before the page's <h1>, and a heading there would break their order.
  const panel = element('aside', { 'data-preview-problems': '', class: 'preview-problems', 'aria-label': said.title }, [
    element('p', { class: 'preview-problems-title' }, [element('strong', {}, [said.title])]),
    ...(items.length > 0 ? [element('ul', {}, items)] : [element('p', {}, [said.none])]),
    ...translation,
  ]);
  const skip = document.querySelector('.skip-link');
  if (skip) skip.after(panel);
  else document.body.prepend(panel);
}

async function showProblems(status) {
  const response = await fetch(`/__preview/problems?path=${encodeURIComponent(location.pathname)}`);
  if (response.ok) render(await response.json(), status);
}

async function start() {
  const status = element('div', { role: 'status', class: 'preview-status' });
  document.body.append(status);
  // The panel first: it is above the content, and the reader's place is measured with it there.
  await showProblems(status).catch(() => undefined);
  restorePlace();
  // Said on the page, for whoever waits for it (the tests): the panel is shown and the place restored.
  document.documentElement.setAttribute('data-preview-ready', '');
  const reload = () => {
    sessionStorage.setItem(placeKey, JSON.stringify(place()));
    location.reload();
  };
  const events = new EventSource('/__preview/events');
  // A compile announced between this page's load and this connection was missed: the page may be out of date.
  events.addEventListener('hello', (event) => {
    if (JSON.parse(event.data).version !== Number(document.documentElement.dataset.previewVersion)) reload();
  });
  events.addEventListener('compiled', (event) => {
    const { changed } = JSON.parse(event.data);
    const file = location.pathname.replace(/^\/+/, '').replace(/(^|\/)$/, '$1index.html');
    if (
      changed.includes(file) ||
      (document.documentElement.dataset.previewMissing !== undefined && changed.length > 0)
    ) {
      reload();
      return;
    }
    void showProblems(status);
  });
}

void start();
