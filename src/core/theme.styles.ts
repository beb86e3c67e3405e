/**
 * The shared tokens and base styles of every widget. Each token is a `--swf-*` custom property
 * a host page may set; the fallbacks are the NHS.UK design system's values. Font family is
 * inherited from the host page; size, colour and line-height are set here so that host CSS
 * cannot make a widget unreadable.
 */
import { css } from 'lit';
import { controlStyles } from './controls.styles.js';
import { contentStyles } from './content.styles.js';

/** The tokens, the host's own rules, headings, links and the focus style. */
const baseStyles = css`
  :host {
    --_primary: var(--swf-colour-primary, #005eb8);
    --_primary-dark: var(--swf-colour-primary-dark, #003087);
    --_text: var(--swf-colour-text, #212b32);
    --_text-secondary: var(--swf-colour-text-secondary, #4c6272);
    --_border: var(--swf-colour-border, #d8dde0);
    --_background: var(--swf-colour-background, #ffffff);
    --_surface: var(--swf-colour-surface, #f0f4f5);
    --_button: var(--swf-colour-button, #007f3b);
    --_button-text: var(--swf-colour-button-text, #ffffff);
    --_error: var(--swf-colour-error, #d5281b);
    --_visited: var(--swf-colour-visited, #330072);
    --_focus: var(--swf-colour-focus, #ffeb3b);
    --_focus-text: var(--swf-colour-focus-text, #212b32);
    --_radius: var(--swf-radius, 4px);
    --_space-1: 4px;
    --_space-2: 8px;
    --_space-3: 16px;
    --_space-4: 24px;

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    font-family: var(--swf-font-family, inherit);
    /* Text must stay readable whatever the host page's CSS does: important declarations in a
       shadow root win over the page's own important ones. Theme through the tokens. */
    font-size: var(--swf-font-size, max(1rem, 16px)) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: var(--swf-line-height, 1.5) !important;
    color: var(--_text) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
  }

  /* NHS.UK's body size: 16 px on phones, 19 px from 641 px up; 16 px (12 pt) on paper. */
  @media screen and (min-width: 641px) {
    :host {
      font-size: var(--swf-font-size, max(1.1875rem, 19px)) !important;
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* Not inherited from the host, whose box-sizing a page's important rule may set. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure {
    margin-block: 0;
  }
  /* A reading measure of about 70 characters. */
  p,
  .swf-prose li {
    max-inline-size: 70ch;
  }

  h1, h2, h3, h4, h5, h6 {
    font-family: inherit;
    font-weight: 600;
    line-height: 1.3;
    color: inherit;
  }

  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.1em;
  }
  a:visited {
    color: var(--_visited);
  }
  a:hover {
    color: var(--_primary-dark);
    text-decoration-thickness: 3px;
  }

  /* The NHS focus style: yellow, with a dark underline; the transparent outline shows in
     forced-colours mode. Buttons that read as links, and a details summary, focus as links. */
  a:focus-visible,
  .swf-link-button:focus-visible,
  summary:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 4px;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 4px solid transparent;
    outline-offset: 0;
    box-shadow: 0 0 0 4px var(--_focus), 0 0 0 8px var(--_focus-text);
  }

`;

/**
 * A pre-rendered widget before its script has taken over (the render step; script off): controls
 * that need the script would do nothing, so they keep their place (nothing moves when it comes)
 * but are neither shown nor reached. The content, links included, works as it is.
 */
const preRenderedStyles = css`
  :host(:not(:defined)) :is(button:not(.role), select, input, .controls, [part~='filters'], [part~='pagination']) {
    visibility: hidden;
  }
`;

/** Reduced motion and forced colours: last, so they win over every rule before them. */
const modeStyles = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .swf-button,
    .swf-status,
    .swf-notice {
      border: 2px solid ButtonText;
    }
    .swf-tag {
      border-color: CanvasText;
    }
    input,
    select {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Every widget's shared styles, in cascade order. */
export const themeStyles = [baseStyles, controlStyles, contentStyles, preRenderedStyles, modeStyles];
