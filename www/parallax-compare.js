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
// and announced with a `parallax-result` event; `parallax-progress` and
// `parallax-error` report the rest. All three bubble and leave the shadow
// root (`composed`), so a host can listen on `document`. Every attribute has
// a property of the same name. `base` says where the package's files are
// (`parallax_bg.wasm`, `element/worker.js`) when they are not beside this
// module. With several stories among
// the articles, a picker (and the `event` attribute or property: a story's
// key from `result.stories`, or an article's name) shows one of them. See
// docs/embed.md.
import { Engine, Cancelled } from './engine.js';
import { platform, platformAt } from './platform.js';
import { LAYERS, el, assignLabels, renderDiscrepancies, renderStoryPicker, articleHeadline, articleLabel, storyFacts } from './render.js';
import { renderSimilarity } from './heatmap.js';
import { findStories, scopeComparison, resolveStory } from './stories.js';
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

/** Each input's name, with " (2)", " (3)"… added to repeats: the articles' ids. */
function uniqueNames(inputs) {
  const seen = new Map();
  return inputs.map((a) => {
    const n = (seen.get(a.name) ?? 0) + 1;
    seen.set(a.name, n);
    return n === 1 ? a.name : `${a.name} (${n})`;
  });
}

export class ParallaxCompare extends HTMLElement {
  static observedAttributes = ['src', 'hide', 'theme', 'event', 'base'];

  #engine = new Engine(platform);
  #articles = null; // set by setArticles(); otherwise read from src / children
  #observer = null;
  #scheduled = false;
  #parsed = [];
  #hidden = new Set();
  #comparison = null;
  #stories = null;
  result = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(
      el('link', { rel: 'stylesheet', href: STYLE }),
      el('div', { class: 'px-root', part: 'root' },
        el('div', { class: 'progress', part: 'progress', hidden: true },
          el('progress', { max: 1, value: 0, 'aria-label': 'Progress' }),
          el('button', { type: 'button', class: 'secondary cancel', part: 'button', text: 'Cancel' })),
        el('p', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }),
        el('div', { class: 'story-bar', part: 'story-bar', hidden: true },
          el('label', { for: 'story', text: 'Story' }), el('select', { id: 'story' }), el('span', { class: 'note story-facts' })),
        el('section', { class: 'overview', part: 'overview', 'aria-label': 'Similarity', hidden: true }),
        el('section', { class: 'conflicts', part: 'conflicts', 'aria-label': 'Conflicting figures', hidden: true }),
        el('section', { class: 'reading', part: 'reading', 'aria-label': 'Side by side', hidden: true },
          el('fieldset', { part: 'layers' }, el('legend', { text: 'Highlight layers' }), el('div', { class: 'checks legend layers' })),
          el('div', { class: 'stepper', part: 'stepper' },
            el('button', { type: 'button', class: 'secondary prev', text: 'Previous difference' }),
            el('button', { type: 'button', class: 'secondary next', text: 'Next difference' })),
          el('div', { class: 'columns', part: 'columns' }))),
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
    if (name === 'event') {
      if (this.#stories) this.#render();
    } else if (name === 'hide') {
      this.#hidden = new Set((this.getAttribute('hide') ?? '').split(/\s+/).filter(Boolean));
      this.#renderLayerToggles();
      this.#applyLayers();
    } else if (name === 'theme') {
      this.$('.px-root').dataset.theme = this.getAttribute('theme') ?? '';
    } else if (name === 'base') {
      this.#engine.cancel();
      const base = this.getAttribute('base');
      this.#engine = new Engine(base ? platformAt(new URL(base, document.baseURI)) : platform);
      this.#schedule();
    } else {
      this.#schedule();
    }
  }

  /** The story shown: a key from `result.stories` or an article's name; '' for all articles. Reflects the `event` attribute. */
  get event() {
    return this.getAttribute('event') ?? '';
  }

  set event(value) {
    if (value) this.setAttribute('event', String(value));
    else this.removeAttribute('event');
  }

  /** Whitespace-separated URLs of articles to load. Reflects the `src` attribute. */
  get src() {
    return this.getAttribute('src') ?? '';
  }

  set src(value) {
    this.#reflect('src', value);
  }

  /** Highlight layers hidden at the start, space-separated. Reflects the `hide` attribute. */
  get hide() {
    return this.getAttribute('hide') ?? '';
  }

  set hide(value) {
    this.#reflect('hide', value);
  }

  /** 'light', 'dark' or '' (follow the system). Reflects the `theme` attribute. */
  get theme() {
    return this.getAttribute('theme') ?? '';
  }

  set theme(value) {
    this.#reflect('theme', value);
  }

  /** Where the package's files are (a URL ending in '/'); '' for beside this module. Reflects the `base` attribute. */
  get base() {
    return this.getAttribute('base') ?? '';
  }

  set base(value) {
    this.#reflect('base', value);
  }

  #reflect(name, value) {
    if (value === null || value === undefined || value === '') this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  /** Dispatches `parallax-<type>` from the host element, through the shadow boundary. */
  #announce(type, detail) {
    this.dispatchEvent(new CustomEvent(`parallax-${type}`, { detail, bubbles: true, composed: true }));
  }

  /** Shows a failure in the status line and announces it as `parallax-error`. */
  #fail(message, errors = []) {
    this.$('.status').textContent = message;
    this.#announce('error', { message, errors });
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
      // setArticles() since scheduling has started its own run; a second
      // would cancel it and resolve its promise with null.
      if (!this.#articles) this.#run();
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
      this.#fail(e.message);
      return null;
    }
    if (!inputs.length) {
      this.#fail('No articles given.');
      return null;
    }
    box.hidden = false;
    try {
      // Ids from the names, so a story's key does not depend on the order of the articles.
      const ids = uniqueNames(inputs);
      const out = await this.#engine.run(inputs.map((a, i) => ({ ...a, id: ids[i] })), (done, total) => {
        this.$('progress').max = total;
        this.$('progress').value = done;
        this.#announce('progress', { stage: 'analysis', done, total });
      });
      let h = 0;
      this.#parsed = out.entries.flatMap((e, i) => (e.article ? [{ entry: { id: e.id }, name: inputs[i].name, article: e.article, segments: out.highlights[h++] }] : []));
      assignLabels(this.#parsed);
      const failed = out.entries.flatMap((e, i) => (e.error ? [`${inputs[i].name}: ${e.error}`] : []));
      this.#comparison = out.comparison;
      this.#stories = findStories(this.#parsed, out.comparison, (i) => articleHeadline(this.#parsed[i], 100));
      const stories = this.#stories.many ? this.#stories.all.map((st) => ({ key: st.key, kind: st.kind, label: st.label, articles: st.articles })) : [];
      this.result = { articles: this.#parsed.map((p) => p.article), comparison: out.comparison, errors: failed, stories };
      // Long articles are drawn a slice at a time; the result is announced once they are complete.
      status.textContent = 'Drawing the articles…';
      if (!(await this.#render())) return null;
      status.textContent = failed.length ? `Not read: ${failed.join('; ')}` : `${this.#parsed.length} articles compared.`;
      if (failed.length) this.#announce('error', { message: status.textContent, errors: failed });
      this.#announce('result', this.result);
      return this.result;
    } catch (e) {
      if (!(e instanceof Cancelled)) this.#fail(`Parallax failed: ${e.message}`);
      return null;
    } finally {
      box.hidden = true;
    }
  }

  /** Draws the story asked for (`event`), or all articles; resolves once its columns are complete (false if replaced). */
  #render() {
    const parsed = this.#parsed;
    const stories = this.#stories;
    const story = resolveStory(stories, this.event, { names: parsed.map((p) => p.name) });
    const comparison = this.#comparison && story ? scopeComparison(this.#comparison, story.articles) : this.#comparison;
    const scope = story ? story.articles : parsed.map((_, i) => i);
    this.#renderPicker(story);
    const overview = this.$('.overview');
    const conflicts = this.$('.conflicts');
    overview.hidden = conflicts.hidden = !comparison;
    if (comparison) {
      const view = stories.many ? { stories, grouped: !story, storyLink: (st) => this.#storyButton(st) } : null;
      overview.replaceChildren(renderSimilarity(parsed, comparison, scope, [], (i) => articleLabel(parsed[i], i)));
      conflicts.replaceChildren(el('h3', { text: 'Conflicting figures' }),
        renderDiscrepancies(parsed, comparison, async (a, s) => {
          await drawn(this.$('.columns'));
          flashSentence(this.$('.columns'), a, s);
        }, view));
    }
    this.$('.reading').hidden = !parsed.length;
    this.#applyLayers();
    const progress = this.$('progress');
    return drawColumns(this.$('.columns'), parsed, scope, {
      onProgress: (done, total) => {
        progress.max = total;
        progress.value = done;
        this.#announce('progress', { stage: 'drawing', done, total });
      },
    }).done;
  }

  /** The story picker, shown when the articles hold more than one story. */
  #renderPicker(story) {
    const bar = this.$('.story-bar');
    bar.hidden = !this.#stories.many;
    if (bar.hidden) return;
    const picker = renderStoryPicker(this.#stories, story?.key, 'story', this.#parsed.length);
    picker.addEventListener('change', () => (this.event = picker.value));
    this.$('#story').replaceWith(picker);
    this.$('.story-facts').textContent = story ? storyFacts(story) : '';
  }

  /** Opens a story from a finding's heading (in shadow DOM: a button, not a link that would change the host's address). */
  #storyButton(story) {
    const button = el('button', { type: 'button', class: 'link', text: story.label });
    button.addEventListener('click', () => (this.event = story.key));
    return button;
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
