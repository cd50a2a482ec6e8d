// The search page's script, loaded on that page only. It searches the
// site's Pagefind index of the page's language (Pagefind picks it by
// <html lang>), lists the results as links with their excerpts, and says how
// many there are in the polite status region. Focus stays where the reader
// is. The query is kept in the URL (?q=), so a search can be linked to and
// survives a reload.
const form = document.querySelector('[data-search]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');

/** At most this many results are shown. */
const shown = 20;

/** @type {Promise<{ search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }> }> | undefined} */
let pagefind;

/** A status template with its placeholders filled. */
function say(template, query, count) {
  return (template ?? '').replaceAll('{{query}}', query).replaceAll('{{count}}', String(count));
}

/** Pagefind's excerpt (its text escaped, with <mark> around the words found) as nodes: text, and <mark> with text. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

async function search(query) {
  if (!status || !list) return;
  if (query === '') {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  status.textContent = status.dataset.searching ?? '';
  pagefind ??= import(new URL('../pagefind/pagefind.js', import.meta.url).href);
  const found = await (await pagefind).search(query);
  const results = await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
  list.replaceChildren(...results.map(resultItem));
  const count = found.results.length;
  const lang = document.documentElement.lang;
  const one = count === 1 || (count > 0 && new Intl.PluralRules(lang).select(count) === 'one');
  status.textContent = say(
    count === 0 ? status.dataset.none : one ? status.dataset.one : status.dataset.other,
    query,
    count,
  );
}

if (form instanceof HTMLFormElement) {
  const input = form.elements.namedItem('q');
  const query = new URL(location.href).searchParams.get('q') ?? '';
  if (input instanceof HTMLInputElement) input.value = query;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input instanceof HTMLInputElement ? input.value.trim() : '';
    const url = new URL(location.href);
    if (value === '') url.searchParams.delete('q');
    else url.searchParams.set('q', value);
    history.replaceState(history.state, '', url);
    search(value).catch((error) => console.error(error));
  });
  if (query !== '') search(query.trim()).catch((error) => console.error(error));
}
