import { css } from 'lit';

export const styles = css`
  :host {
    --_register-background: var(--swf-register-background, var(--_surface));
    --_register-accent: var(--swf-register-accent, var(--_primary));
  }
  .prompt {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border-inline-start: 8px solid var(--_register-accent);
    border-radius: var(--_radius);
    background: var(--_register-background);
    color: var(--_text);
  }
  .prompt--banner {
    grid-template-columns: 1fr auto;
    align-items: center;
    padding: var(--_space-3);
  }
  .text > * + * {
    margin-block-start: var(--_space-2);
  }
  .heading {
    font-size: 1.375em;
  }
  .prompt--banner .heading {
    font-size: 1.1875em;
  }
  .heading:focus-visible {
    outline: 4px solid transparent;
    box-shadow: 0 0 0 4px var(--_focus), 0 0 0 8px var(--_focus-text);
  }
  .benefits {
    display: grid;
    gap: var(--_space-2);
    padding-inline-start: 1.25em;
  }
  .benefit-title {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .dismiss {
    padding-block: var(--_space-1);
  }
  .confirmation {
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_button);
    background: var(--_background);
  }
  .confirmation:focus-visible {
    outline: 4px solid transparent;
    box-shadow: 0 0 0 4px var(--_focus), 0 0 0 8px var(--_focus-text);
  }
  @container (max-width: 36rem) {
    .prompt--banner {
      grid-template-columns: 1fr;
    }
  }
  :host {
    container-type: inline-size;
  }
  @media (forced-colors: active) {
    .prompt,
    .confirmation {
      border: 2px solid CanvasText;
    }
  }
`;
