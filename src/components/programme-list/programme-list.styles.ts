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
  .field--query {
    flex: 2 1 14rem;
  }
  .field--reset {
    flex: 0 0 auto;
  }

  .count {
    margin-block-end: var(--_space-3);
    font-weight: 600;
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
`;
