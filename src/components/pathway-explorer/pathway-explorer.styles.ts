import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--swf-pathway-accent, var(--_primary));
    --_role-background: var(--swf-pathway-role-background, var(--_background));
    --_detail-background: var(--swf-pathway-detail-background, var(--_surface));
  }

  .base {
    container-type: inline-size;
  }

  /* Horizontal on wide containers: one row of roles, left to right in band order. */
  .pathway {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin: 0 0 var(--_space-4);
    padding: 0;
    list-style: none;
    counter-reset: step;
  }

  .item {
    position: relative;
    display: flex;
    min-width: 0;
  }

  /* A connector between roles: decorative, so not read out. */
  .item + .item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1 * var(--_space-3));
    inset-block-start: 50%;
    width: var(--_space-3);
    border-block-start: 4px solid var(--_border);
  }
  .item.on-path + .item.on-path::before {
    border-block-start-color: var(--_accent);
  }

  .role {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    width: 100%;
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_role-background);
    color: var(--_text);
    text-align: start;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .role:hover {
    border-block-start-color: var(--_accent);
  }
  .role.selected {
    border: 2px solid var(--_accent);
    border-block-start-width: 8px;
  }
  .on-path .role {
    border-block-start-color: var(--_accent);
  }

  .role-title {
    font-weight: 600;
    font-size: 1.1875em;
    line-height: 1.3;
    color: var(--_primary);
  }
  .role.selected .role-title {
    color: var(--_text);
  }
  .role-band {
    font-weight: 600;
  }
  .role-summary {
    color: var(--_text-secondary);
  }
  .role-step {
    margin-block-start: auto;
    font-weight: 600;
    color: var(--_text);
  }

  .role:focus-visible {
    outline: 4px solid transparent;
    box-shadow: 0 0 0 4px var(--_focus), 0 0 0 8px var(--_focus-text);
  }

  .detail,
  .journey {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_detail-background);
    color: var(--_text);
  }
  .journey {
    margin-block-end: var(--_space-4);
    border-inline-start: 8px solid var(--_accent);
    background: var(--_background);
  }

  .detail > * + *,
  .journey > * + * {
    margin-block-start: var(--_space-3);
  }
  /* Sizes follow the outline, whatever heading level the host chose. */
  .title {
    font-size: 1.375em;
  }
  .subheading {
    font-size: 1.1875em;
  }
  .route-title {
    font-size: 1em;
  }

  .detail-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .detail-summary {
    font-size: 1.1875em;
  }

  .routes {
    display: grid;
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .route {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .facts {
    display: grid;
    gap: var(--_space-2);
    margin: var(--_space-2) 0 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: var(--_space-2);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .facts ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .journey-steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .journey-route {
    font-weight: 600;
  }


  /* Vertical when narrow: one role under another, down to 320 px. */
  @container (max-width: 44rem) {
    .pathway {
      grid-auto-flow: row;
      grid-auto-columns: auto;
    }
    .item + .item::before {
      inset-inline-start: var(--_space-4);
      inset-block-start: calc(-1 * var(--_space-3));
      width: 0;
      height: var(--_space-3);
      border-block-start: 0;
      border-inline-start: 4px solid var(--_border);
    }
    .item.on-path + .item.on-path::before {
      border-inline-start-color: var(--_accent);
    }
    .facts div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .detail,
    .journey {
      padding: var(--_space-3);
    }
  }

  @media (forced-colors: active) {
    .role,
    .route {
      border-color: ButtonText;
    }
    .role.selected {
      border-color: Highlight;
    }
    .item + .item::before {
      border-color: CanvasText;
    }
  }
`;
