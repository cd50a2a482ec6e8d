// The translation editor's page script: as the translator types in a unit's
// field, its findings come back from the checks (after a pause of 150 ms)
// and are said politely; Save sends the changed and confirmed units. A page
// changed on disk meanwhile shows both versions of each unit, and keeps the
// translator's text in the field.

const token = document.querySelector('meta[name="embassy-editor-token"]')?.getAttribute('content') ?? '';
const form = document.querySelector('form.editor');
const announcer = document.querySelector('[data-announcer]');
const saveStatus = document.querySelector('[data-save-status]');
const es = document.documentElement.lang === 'es';
const said = es
  ? {
      none: 'Sin observaciones.',
      count: (unit, n) => `${unit}: ${n === 1 ? '1 observación' : `${n} observaciones`}.`,
      clear: (unit) => `${unit}: sin observaciones.`,
      saved: (file, n) => `Guardado: ${file} (${n === 1 ? '1 unidad' : `${n} unidades`}).`,
      nothing: 'No hay cambios que guardar.',
      conflict:
        'El archivo cambió en el disco desde que abrió esta página: compare las dos versiones y guarde de nuevo.',
      onDisk: 'En el disco ahora:',
      use: 'Usar esta versión',
      refused: 'No se guardó:',
    }
  : {
      none: 'No findings.',
      count: (unit, n) => `${unit}: ${n === 1 ? '1 finding' : `${n} findings`}.`,
      clear: (unit) => `${unit}: no findings.`,
      saved: (file, n) => `Saved: ${file} (${n === 1 ? '1 unit' : `${n} units`}).`,
      nothing: 'Nothing to save.',
      conflict: 'The file changed on disk since you opened this page: compare both versions, then save again.',
      onDisk: 'On disk now:',
      use: 'Use this version',
      refused: 'Not saved:',
    };

async function call(name, payload) {
  const response = await fetch(`/translate/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Editor-Token': token },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: await response.json() };
}

function element(name, attributes = {}, children = []) {
  const made = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
  made.append(...children);
  return made;
}

function showFindings(field, result) {
  const box = document.getElementById(field.getAttribute('aria-describedby').split(' ')[1]);
  const items = [
    ...result.problems.map((problem) =>
      element('li', { class: 'error' }, [element('code', {}, ['codes']), ' ', problem]),
    ),
    ...result.findings.map((finding) =>
      element('li', { class: finding.severity }, [
        element('code', {}, [finding.check]),
        ' ',
        element('span', { lang: 'en' }, [finding.message]),
      ]),
    ),
  ];
  box.querySelector('ul, p:not(.label)')?.remove();
  box.append(items.length > 0 ? element('ul', {}, items) : element('p', {}, [said.none]));
  box.closest('section').dataset.checked = field.value;
  announcer.textContent = items.length > 0 ? said.count(field.name, items.length) : said.clear(field.name);
}

const timers = new Map();
form?.addEventListener('input', (event) => {
  const field = event.target;
  if (!(field instanceof HTMLTextAreaElement)) return;
  clearTimeout(timers.get(field));
  timers.set(
    field,
    setTimeout(async () => {
      const payload = { lang: form.dataset.lang, document: form.dataset.document, unit: field.name, text: field.value };
      const { body } = await call('check', payload);
      // A newer text was typed meanwhile: its own check will say.
      if (field.value === payload.text) showFindings(field, body);
    }, 150),
  );
});

function showConflict(disk) {
  for (const field of form.querySelectorAll('textarea')) {
    const section = field.closest('section');
    section.querySelector('.conflict')?.remove();
    const theirs = disk[field.name] ?? '';
    if (theirs === field.dataset.initial) continue;
    const use = element('button', { type: 'button' }, [said.use]);
    use.addEventListener('click', () => {
      field.value = theirs;
      field.dataset.initial = theirs;
      field.focus();
    });
    section.append(
      element('div', { class: 'conflict' }, [
        element('p', {}, [said.onDisk]),
        element('p', { lang: field.lang }, [theirs]),
        use,
      ]),
    );
    // The version on disk becomes the one the translator started from.
    field.dataset.initial = theirs;
  }
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const units = [...form.querySelectorAll('textarea')]
    .map((field) => ({
      id: field.name,
      text: field.value,
      confirm: form.querySelector(`[data-confirm="${CSS.escape(field.name)}"]`)?.checked === true,
      changed: field.value !== field.dataset.initial,
    }))
    .filter((unit) => unit.changed || unit.confirm)
    .map(({ id, text, confirm }) => ({ id, text, confirm }));
  if (units.length === 0) {
    saveStatus.textContent = said.nothing;
    return;
  }
  const { status, body } = await call('save', {
    lang: form.dataset.lang,
    document: form.dataset.document,
    base: form.dataset.base,
    units,
  });
  if (status === 200) {
    form.dataset.base = body.base;
    for (const field of form.querySelectorAll('textarea')) field.dataset.initial = field.value;
    for (const box of form.querySelectorAll('[data-confirm]')) box.checked = false;
    form.querySelectorAll('.conflict').forEach((node) => node.remove());
    saveStatus.textContent = said.saved(body.file, units.length);
  } else if (status === 409) {
    form.dataset.base = body.base;
    showConflict(body.disk);
    saveStatus.textContent = said.conflict;
  } else {
    saveStatus.textContent = `${said.refused} ${(body.problems ?? []).join(' ')}`;
  }
});
