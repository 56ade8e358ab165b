// Types for <parallax-compare> (element/parallax-compare.js).
import type { Article, Comparison } from '../parallax.js';

/** One input: a name (a file name ending in .html is read as HTML) and its text. */
export interface ArticleInput {
  name: string;
  text: string;
}

/** A story among the articles: an event or a thread, with indices into `articles`. */
export interface Story {
  key: string;
  kind: 'event' | 'thread';
  label: string;
  articles: number[];
}

/** `element.result` and the `parallax-result` event's detail. */
export interface ParallaxResult {
  articles: Article[];
  comparison: Comparison;
  /** One message per input that could not be read. */
  errors: string[];
  /** The stories, when there is more than one. */
  stories: Story[];
}

export interface ParallaxProgress {
  stage: 'analysis' | 'drawing';
  done: number;
  total: number;
}

export interface ParallaxError {
  message: string;
  errors: string[];
}

export declare class ParallaxCompare extends HTMLElement {
  /** Whitespace-separated URLs of articles (the `src` attribute). */
  src: string;
  /** Highlight layers hidden at the start, space-separated (the `hide` attribute). */
  hide: string;
  /** 'light', 'dark' or '' to follow the system (the `theme` attribute). */
  theme: string;
  /** A story's key or an article's name; '' for all (the `event` attribute). */
  event: string;
  /** Where parallax_bg.wasm and element/worker.js are; '' for beside the element (the `base` attribute). */
  base: string;
  /** The last result, or null. */
  result: ParallaxResult | null;
  /** Replaces the articles; resolves with the result (null if it failed or was replaced). */
  setArticles(articles: ArticleInput[]): Promise<ParallaxResult | null>;
  /** Adds one article; resolves with the result. */
  addArticle(article: ArticleInput): Promise<ParallaxResult | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'parallax-compare': ParallaxCompare;
  }
  interface HTMLElementEventMap {
    'parallax-result': CustomEvent<ParallaxResult>;
    'parallax-progress': CustomEvent<ParallaxProgress>;
    'parallax-error': CustomEvent<ParallaxError>;
  }
}
