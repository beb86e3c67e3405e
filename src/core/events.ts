/**
 * The typed map of every event the library fires. Each is a CustomEvent that bubbles and is
 * composed, so a host page can listen on any ancestor, across shadow roots.
 */
export interface SwfEventMap {
  /** `<swf-pathway-explorer>`: the reader selected a role. */
  'swf-role-select': CustomEvent<{ roleId: string }>;
  /**
   * `<swf-pathway-explorer>`: the reader changed the plan: their role now, where they want to
   * be, the roles compared, or the family shown.
   */
  'swf-plan-change': CustomEvent<{ from: string | null; to: string | null; compare: string[]; family: string }>;
  /** `<swf-programme-list>`: the reader changed a filter. */
  'swf-filter-change': CustomEvent<{ band: string; format: string; cost: string; query: string }>;
  /** `<swf-programme-card>`: the reader followed a card's link. Cancelable. */
  'swf-programme-open': CustomEvent<{ programmeId: string; href: string }>;
  /** `<swf-news-feed>`: a feed loaded or refreshed from `src`. */
  'swf-feed-load': CustomEvent<{ count: number; source: string }>;
  /** `<swf-news-feed>`: a feed failed to load or refresh. */
  'swf-feed-error': CustomEvent<{ source: string; reason: string }>;
  /** `<swf-register-prompt>`: the reader chose Register. Cancelable: the host may run its own flow. */
  'swf-register': CustomEvent<{ href: string | null }>;
  /** `<swf-register-prompt>`: the reader chose Log in. Cancelable. */
  'swf-login': CustomEvent<{ href: string | null }>;
  /** `<swf-register-prompt>`: the reader dismissed the prompt. */
  'swf-dismiss': CustomEvent<{ storageKey: string; until: string }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SwfEventMap {}
}

export type SwfEventName = keyof SwfEventMap;
export type SwfEventDetail<K extends SwfEventName> = SwfEventMap[K] extends CustomEvent<infer D> ? D : never;
