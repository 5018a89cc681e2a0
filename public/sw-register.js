// Registers the service worker on every page (offline reading, push), and
// once signed in (the menu is there) asks it to keep the main pages on the
// phone for reading with no signal; the worker decides how often.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {});
    if (navigator.onLine === false || !document.querySelector('header.top nav a[href="/messages"]')) return;
    navigator.serviceWorker.ready.then(function (reg) {
      if (reg.active) reg.active.postMessage({ type: 'keep-pages' });
    });
  });
}
