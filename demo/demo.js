// A host taking over the banner's actions: cancel the navigation and run its own flow.
const banner = document.getElementById('banner-prompt');
const log = document.getElementById('banner-log');
for (const name of ['swf-register', 'swf-login']) {
  banner?.addEventListener(name, (event) => {
    event.preventDefault();
    log.textContent = `The host page handled ${name} (href: ${event.detail.href}) itself.`;
  });
}

// The widgets' language: the provider's lang, changed while they are open.
const provider = document.getElementById('demo-provider');
document.getElementById('demo-lang')?.addEventListener('change', (event) => {
  provider.lang = event.target.value;
});
