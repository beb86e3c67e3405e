// Records Content Security Policy violations, so the tests (and anyone with devtools) can see
// that the page runs clean under the strict policy it is served with.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim());
  console.warn('[csp]', event.violatedDirective, event.blockedURI, event.sample);
});
