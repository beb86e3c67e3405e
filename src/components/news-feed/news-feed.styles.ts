import { css } from 'lit';

export const styles = css`
  :host {
    --_divider: var(--swf-news-divider, var(--_border));
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding-block: var(--_space-4);
    border-block-end: 1px solid var(--_divider);
  }
  .item:first-child {
    padding-block-start: 0;
  }
  .article {
    display: grid;
    gap: var(--_space-2);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.375em;
  }
  .title:focus-visible {
    outline: 4px solid transparent;
    box-shadow: 0 0 0 4px var(--_focus), 0 0 0 8px var(--_focus-text);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_text-secondary);
  }
  .meta .new {
    font-size: 0.875em;
  }
  .plain-note {
    font-size: 0.875em;
    color: var(--_text-secondary);
  }
  .image {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags .swf-tag {
    font-size: 0.875em;
  }
  .more {
    margin-block-start: var(--_space-4);
  }

  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: var(--_space-4) 0 0;
    padding: 0;
    list-style: none;
  }
  .page-link {
    min-width: 44px;
    min-height: 44px;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_primary);
    cursor: pointer;
  }
  .page-link:hover {
    background: var(--_surface);
  }
  .page-link.current {
    background: var(--_primary);
    color: var(--_background);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .page-link {
      border-color: ButtonText;
    }
    .page-link.current {
      border-width: 3px;
    }
  }
`;
