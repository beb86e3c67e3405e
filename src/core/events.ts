/**
 * The typed map of every event the library fires. Each is a CustomEvent that bubbles and is
 * composed, so a host page can listen on any ancestor, across shadow roots.
 */
export interface SwfEventMap {
  /** `<swf-pathway-explorer>`: the reader selected a role. */
  'swf-role-select': CustomEvent<{ roleId: string }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SwfEventMap {}
}

export type SwfEventName = keyof SwfEventMap;
export type SwfEventDetail<K extends SwfEventName> = SwfEventMap[K] extends CustomEvent<infer D> ? D : never;
