import { css } from 'lit';

export const styles = css`
  :host {
    --_card-background: var(--swf-card-background, var(--_background));
    --_card-border: var(--swf-card-border, var(--_border));
    --_card-accent: var(--swf-card-accent, var(--_primary));
  }

  /* The NHS card: the link's ::after covers the card, so the whole card is one target. */
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    height: 100%;
    padding: var(--_space-4);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .card--link:hover {
    border-color: var(--_card-accent);
    box-shadow: 0 4px 0 var(--_card-accent);
  }
  .card--link:active {
    box-shadow: none;
  }

  .title {
    font-size: 1.375em;
  }
  .link {
    color: var(--_card-accent);
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 4px solid transparent;
    box-shadow: 0 0 0 4px var(--_focus), 0 0 0 8px var(--_focus-text);
  }

  .provider {
    color: var(--_text-secondary);
    font-weight: 600;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .facts {
    display: grid;
    gap: var(--_space-1);
    margin: auto 0 0;
    padding-block-start: var(--_space-2);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }

  .no-link {
    color: var(--_text-secondary);
    font-style: italic;
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .link:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
