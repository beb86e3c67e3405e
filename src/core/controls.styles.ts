import { css } from 'lit';

/** Buttons, link-like buttons and the form fields the widgets draw themselves (filters, the planner). */
export const controlStyles = css`
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
  /* NHS.UK's focused field: a yellow outline (drawn round a native select too, where WebKit
     draws no box-shadow), the border doubled inside it. */
  input:focus-visible,
  select:focus-visible {
    outline: 4px solid var(--_focus);
    box-shadow: inset 0 0 0 2px var(--_text);
  }


`;
