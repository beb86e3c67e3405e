/** Records console.warn calls for a test, so it can count them; restore() puts it back. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Runs `run` with console.warn recorded; gives its value and the warnings. */
export async function quietly<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings = captureWarnings();
  try {
    return { value: await run(), warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}
