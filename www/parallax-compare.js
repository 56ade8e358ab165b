// <parallax-compare>: the comparison as an embeddable custom element with
// shadow DOM. One module script and the tag are all a host page needs:
//
//   <script type="module" src="https://…/parallax-compare.js"></script>
//   <parallax-compare src="one.txt two.html"></parallax-compare>
//
// Articles come from the `src` attribute (URLs, whitespace-separated), from
// child elements (<script type="text/plain">, <pre>, <article>, or <template>
// for HTML; `data-name` names each), or from JavaScript with
// `element.setArticles([{ name, text }])`. The result is on `element.result`
// and announced with a `parallax-result` event. See docs/embed.md.
import { Engine, Cancelled } from './engine.js';
import { platform } from './platform.js';
import { LAYERS, el, assignLabels, renderHeatmap, renderDiscrepancies } from './render.js';
import { drawColumns, drawn, linkAlignedSentences, flashSentence, stepDifference } from './columns.js';

const STYLE = new URL('./parallax-compare.css', import.meta.url).href;
const CHILD_SELECTOR = 'script[type="text/plain"], script[type="text/html"], template, pre, article';

/** The text of one child element holding an article. */
function childArticle(node, i) {
  const name = node.dataset.name || node.getAttribute('title') || `Article ${i + 1}`;
  if (node instanceof HTMLTemplateElement) {
    // A template's innerHTML serialises its inert content; copying the
    // content into a live element instead would load its images and fire
    // their handlers.
    return { name: /\.html?$/i.test(name) ? name : `${name}.html`, text: node.innerHTML };
  }
  return { name, text: node.textContent.replace(/^\r?\n/, '') };
}

export class ParallaxCompare extends HTMLElement {
  static observedAttributes = ['src', 'hide', 'theme'];

  #engine = new Engine(platform);
  #articles = null; // set by setArticles(); otherwise read from src / children
  #observer = null;
  #scheduled = false;
  #parsed = [];
  #hidden = new Set();
  result = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(
      el('link', { rel: 'stylesheet', href: STYLE }),
      el('div', { class: 'px-root', part: 'root' },
        el('div', { class: 'progress', hidden: true },
          el('progress', { max: 1, value: 0, 'aria-label': 'Progress' }),
          el('button', { type: 'button', class: 'secondary cancel', text: 'Cancel' })),
        el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
        el('section', { class: 'overview', 'aria-label': 'Similarity', hidden: true }),
        el('section', { class: 'conflicts', 'aria-label': 'Conflicting figures', hidden: true }),
        el('section', { class: 'reading', 'aria-label': 'Side by side', hidden: true },
          el('fieldset', {}, el('legend', { text: 'Highlight layers' }), el('div', { class: 'checks legend layers' })),
          el('div', { class: 'stepper' },
            el('button', { type: 'button', class: 'secondary prev', text: 'Previous difference' }),
            el('button', { type: 'button', class: 'secondary next', text: 'Next difference' })),
          el('div', { class: 'columns' }))),
    );
    this.$ = (selector) => root.querySelector(selector);
    this.$('.cancel').addEventListener('click', () => this.#engine.cancel());
    this.$('.prev').addEventListener('click', () => stepDifference(this.$('.columns'), -1, this.#hidden));
    this.$('.next').addEventListener('click', () => stepDifference(this.$('.columns'), 1, this.#hidden));
    this.$('.columns').addEventListener('keydown', (ev) => {
      if (ev.key === 'n' || ev.key === 'p') stepDifference(this.$('.columns'), ev.key === 'n' ? 1 : -1, this.#hidden);
    });
    linkAlignedSentences(this.$('.columns'));
  }

  connectedCallback() {
    this.#observer ??= new MutationObserver(() => this.#schedule());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#renderLayerToggles();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#engine.cancel();
  }

  attributeChangedCallback(name) {
    if (name === 'hide') {
      this.#hidden = new Set((this.getAttribute('hide') ?? '').split(/\s+/).filter(Boolean));
      this.#renderLayerToggles();
      this.#applyLayers();
    } else if (name === 'theme') {
      this.$('.px-root').dataset.theme = this.getAttribute('theme') ?? '';
    } else {
      this.#schedule();
    }
  }

  /** Replaces the articles: [{ name, text }]. Resolves with the result. */
  setArticles(articles) {
    this.#articles = articles.map((a, i) => ({ name: String(a.name ?? `Article ${i + 1}`), text: String(a.text ?? '') }));
    return this.#run();
  }

  /** Adds one article: { name, text }. Resolves with the result. */
  addArticle(article) {
    return this.setArticles([...(this.#articles ?? []), article]);
  }

  #schedule() {
    if (this.#scheduled || this.#articles) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#run();
    });
  }

  async #collect() {
    if (this.#articles) return this.#articles;
    const fromChildren = [...this.querySelectorAll(CHILD_SELECTOR)].map(childArticle);
    const urls = (this.getAttribute('src') ?? '').split(/\s+/).filter(Boolean);
    const fetched = await Promise.all(urls.map(async (url) => {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(`${url} could not be loaded (${response.status}).`);
      return { name: decodeURIComponent(url.split('/').pop() || url), text: await response.text() };
    }));
    return [...fetched, ...fromChildren];
  }

  async #run() {
    const status = this.$('.status');
    const box = this.$('.progress');
    let inputs;
    try {
      inputs = (await this.#collect()).filter((a) => a.text.trim());
    } catch (e) {
      status.textContent = e.message;
      return null;
    }
    if (!inputs.length) {
      status.textContent = 'No articles given.';
      return null;
    }
    box.hidden = false;
    try {
      const out = await this.#engine.run(inputs.map((a, i) => ({ ...a, id: `${i}` })), (done, total) => {
        this.$('progress').max = total;
        this.$('progress').value = done;
      });
      let h = 0;
      this.#parsed = out.entries.flatMap((e, i) => (e.article ? [{ entry: { id: e.id }, name: inputs[i].name, article: e.article, segments: out.highlights[h++] }] : []));
      assignLabels(this.#parsed);
      const failed = out.entries.filter((e) => e.error).map((e, k) => `${inputs[Number(e.id)]?.name ?? k}: ${e.error}`);
      this.result = { articles: this.#parsed.map((p) => p.article), comparison: out.comparison, errors: failed };
      // Long articles are drawn a slice at a time; the result is announced once they are complete.
      status.textContent = 'Drawing the articles…';
      if (!(await this.#render(out.comparison))) return null;
      status.textContent = failed.length ? `Not read: ${failed.join('; ')}` : `${this.#parsed.length} articles compared.`;
      this.dispatchEvent(new CustomEvent('parallax-result', { detail: this.result }));
      return this.result;
    } catch (e) {
      if (!(e instanceof Cancelled)) status.textContent = `Parallax failed: ${e.message}`;
      return null;
    } finally {
      box.hidden = true;
    }
  }

  #render(comparison) {
    const parsed = this.#parsed;
    const overview = this.$('.overview');
    const conflicts = this.$('.conflicts');
    overview.hidden = conflicts.hidden = !comparison;
    if (comparison) {
      overview.replaceChildren(renderHeatmap(parsed, comparison));
      conflicts.replaceChildren(el('h3', { text: 'Conflicting figures' }),
        renderDiscrepancies(parsed, comparison, async (a, s) => {
          await drawn(this.$('.columns'));
          flashSentence(this.$('.columns'), a, s);
        }));
    }
    this.$('.reading').hidden = !parsed.length;
    this.#applyLayers();
    const progress = this.$('progress');
    return drawColumns(this.$('.columns'), parsed, parsed.map((_, i) => i), {
      onProgress: (done, total) => {
        progress.max = total;
        progress.value = done;
      },
    }).done;
  }

  #renderLayerToggles() {
    this.$('.layers').replaceChildren(...LAYERS.map(([layer, name, meaning]) => {
      const box = el('input', { type: 'checkbox', checked: !this.#hidden.has(layer), 'aria-label': `${name}: ${meaning}` });
      box.addEventListener('change', () => {
        if (box.checked) this.#hidden.delete(layer);
        else this.#hidden.add(layer);
        this.#applyLayers();
      });
      return el('label', { class: 'check', title: meaning }, box, el('span', { class: `swatch px-${layer}`, text: name }));
    }));
  }

  #applyLayers() {
    const columns = this.$('.columns');
    for (const [layer] of LAYERS) columns.classList.toggle(`hide-${layer}`, this.#hidden.has(layer));
  }
}

if (!customElements.get('parallax-compare')) customElements.define('parallax-compare', ParallaxCompare);
