// Registers the service worker on every page (offline reading, push), and
// once signed in (the menu is there) asks it to keep the main pages on the
// phone for reading with no signal; the worker decides how often.
//
// A shared phone: the server names the signed-in account in a readable
// cookie (pc_account, nothing else in it). When it is not the one this
// phone last saw — a logout, or someone else signing in, even by a path
// the worker did not see — the pages kept for reading and any basket
// waiting to be sent are dropped before anything else runs, so the next
// person neither reads nor sends the last one's.
(function () {
  var who = (document.cookie.match(/(?:^|;\s*)pc_account=([^;]*)/) || [])[1] || '';
  var last = null;
  try { last = localStorage.getItem('pot-commun-compte'); } catch (e) { /* no storage */ }
  if (last !== null && last !== who) {
    try {
      var gone = [];
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf('pot-commun-') === 0) gone.push(k);
      }
      gone.forEach(function (k) { localStorage.removeItem(k); });
    } catch (e) { /* nothing kept */ }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.ready.then(function (reg) {
        if (reg.active) reg.active.postMessage({ type: 'forget' });
      });
    }
    if (window.caches) caches.keys().then(function (names) {
      names.filter(function (n) { return n.indexOf('pages-') === 0; }).forEach(function (n) { caches.delete(n); });
    });
  }
  try { localStorage.setItem('pot-commun-compte', who); } catch (e) { /* no storage */ }
})();

if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {});
    if (navigator.onLine === false || !document.querySelector('header.top nav a[href="/messages"]')) return;
    navigator.serviceWorker.ready.then(function (reg) {
      if (reg.active) reg.active.postMessage({ type: 'keep-pages' });
    });
  });
}
