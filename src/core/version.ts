/** The library's version, stamped on every class so a second copy can tell it apart. */
export const VERSION = '0.1.0';
