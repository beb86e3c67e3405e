/** The English words of the registration prompt: added when it loads (see ./shared.ts). */
export const enGBRegister = {
  // Registration prompt
  'register.heading': 'Why register?',
  'register.register': 'Register',
  'register.login': 'Log in',
  'register.loading': 'Loading…',
  'register.failed': 'The prompt’s own content could not be loaded',
  'register.stale': 'The prompt’s own content could not be refreshed.',
  'register.shownAt': 'Showing the prompt as loaded at {time}.',
  'register.dismiss': 'Dismiss',
  'register.dismissLabel': 'Dismiss “{heading}”',
  'register.dismissedForNow': "You've hidden “{heading}” for now.",
  'register.dismissed': {
    one: "You've hidden “{heading}”. It will not show again for {count} day.",
    other: "You've hidden “{heading}”. It will not show again for {count} days.",
  },
  'register.showAgain': 'Show it again',
} as const;
