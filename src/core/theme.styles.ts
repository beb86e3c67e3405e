import { css } from 'lit';

/**
 * The shared tokens and base styles of every widget. Each token is a `--swf-*` custom property
 * a host page may set; the fallbacks are the NHS.UK design system's values. Font family is
 * inherited from the host page; size, colour and line-height are set here so that host CSS
 * cannot make a widget unreadable.
 */
export const themeStyles = css`
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
    --_space-5: 32px;

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

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure {
    margin-block: 0;
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
     forced-colours mode. */
  a:focus-visible {
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

  button {
    font: inherit;
    line-height: 1.5;
    letter-spacing: inherit;
    text-transform: none;
  }

  .swf-button {
    display: inline-block;
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button);
    color: var(--_button-text);
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    box-shadow: 0 4px 0 var(--swf-colour-button-shadow, #00401e);
  }
  .swf-button:visited {
    color: var(--_button-text);
  }
  .swf-button:hover {
    background: var(--swf-colour-button-hover, #00662f);
    color: var(--_button-text);
  }
  .swf-button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
    outline: 4px solid transparent;
  }
  .swf-button--secondary {
    background: var(--_background);
    color: var(--_primary);
    border-color: var(--_primary);
    box-shadow: 0 4px 0 var(--_primary);
  }
  .swf-button--secondary:visited,
  .swf-button--secondary:hover {
    background: var(--_surface);
    color: var(--_primary-dark);
  }

  /* Form fields the widgets draw themselves (filters, the planner): a label over its control. */
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
    flex: 1 1 10rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-height: 40px;
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 4px solid transparent;
    box-shadow: inset 0 0 0 2px var(--_text), 0 0 0 4px var(--_focus);
  }


  /* Content review and print: shared by every widget. */
  .swf-reviewed {
    margin-block-start: var(--_space-3);
    color: var(--_text-secondary);
    font-size: 0.875em;
  }
  @media print {
    .swf-screen-only {
      display: none !important;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }

  .swf-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  /* Loading, empty and error states, shared by every widget (see status.ts). */
  .swf-status {
    overflow-wrap: anywhere;
    margin: 0 0 var(--_space-3);
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }
  .swf-status--error {
    border-inline-start-color: var(--_error);
  }
  .swf-status--loading {
    border-inline-start-color: var(--_primary);
  }
  .swf-status__title {
    display: block;
    font-weight: 600;
  }

  /* A notice: what could not be shown, while the rest still works (see status.ts). */
  .swf-notice {
    overflow-wrap: anywhere;
    margin: 0 0 var(--_space-3);
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_text-secondary);
    background: var(--_background);
    color: var(--_text);
  }
  .swf-notice > * + * {
    margin-block-start: var(--_space-2);
  }
  .swf-notice ul {
    margin-block-end: 0;
  }

  /* A tag shows a status or category in words: never a link, never colour alone. */
  .swf-tag {
    display: inline-block;
    padding: 2px var(--_space-2);
    border: 1px solid var(--_primary-dark);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary-dark);
    font-weight: 600;
  }

  /* A button that reads as a link, for actions within text. */
  .swf-link-button {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.1em;
    cursor: pointer;
  }
  .swf-link-button:hover {
    color: var(--_primary-dark);
    text-decoration-thickness: 3px;
  }
  .swf-link-button:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }

  /* Rendered markdown (see markdown.ts). */
  .swf-prose > :first-child {
    margin-top: 0;
  }
  .swf-prose > :last-child {
    margin-bottom: 0;
  }
  .swf-prose p,
  .swf-prose ul,
  .swf-prose ol {
    margin-block: 0 var(--_space-3);
  }
  .swf-prose img {
    max-width: 100%;
    height: auto;
  }
  .swf-prose pre {
    overflow-x: auto;
  }

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
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
`;
