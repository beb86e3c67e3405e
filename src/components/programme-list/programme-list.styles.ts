import { css } from 'lit';

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3);
    margin-block-end: var(--_space-3);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
    flex: 1 1 10rem;
  }
  .field--query {
    flex: 2 1 14rem;
  }
  .field--reset {
    flex: 0 0 auto;
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

  .count {
    margin-block-end: var(--_space-3);
    font-weight: 600;
  }
  .of {
    font-weight: 400;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--swf-programme-list-min-card, 16rem)), 1fr));
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    min-width: 0;
    /* Cards off screen are not laid out until scrolled near: a long list renders promptly. */
    content-visibility: auto;
    contain-intrinsic-size: auto 18rem;
  }
  .item > .card {
    flex: 1;
  }

  .swf-status button {
    margin-block-start: var(--_space-3);
  }

  @media (forced-colors: active) {
    input,
    select {
      border-color: ButtonText;
    }
  }
`;
