// Keeps an unconfirmed basket on this phone. A member fills quantities on a
// slow network; if the page reloads or the confirmation cannot reach the
// server, nothing typed is lost: it is put back in the form, with a note,
// until the server holds the same order. Plain JavaScript on purpose: it
// must work before (and without) the WebAssembly app.
(function () {
  'use strict';
  if (window.potCommunBasket) {
    window.potCommunBasket.scan();
    return;
  }
  var PREFIX = 'pot-commun-panier:';

  function snapshot(form) {
    var s = { pickup: '', qty: {} };
    var picked = form.querySelector('input[name="pickup_point_id"]:checked');
    if (picked) s.pickup = picked.value;
    form.querySelectorAll('input[id^="qty-"]').forEach(function (input) {
      var v = input.value.trim();
      if (v !== '') s.qty[input.id] = v;
    });
    return JSON.stringify(s);
  }

  function store(form) {
    try {
      var key = PREFIX + form.dataset.basket;
      var now = snapshot(form);
      if (now === form.potCommunServer) localStorage.removeItem(key);
      else localStorage.setItem(key, now);
    } catch (e) { /* private mode or full storage: the form still works */ }
  }

  function apply(form, saved) {
    var s = JSON.parse(saved);
    form.querySelectorAll('input[id^="qty-"]').forEach(function (input) {
      input.value = s.qty[input.id] || '';
    });
    if (s.pickup) {
      var radio = form.querySelector('input[name="pickup_point_id"][value="' + s.pickup + '"]');
      if (radio) radio.checked = true;
    }
    // The note goes at the end of <body>, outside what the WebAssembly app
    // hydrates (a node added inside would not match its server render).
    var note = document.createElement('p');
    note.className = 'ok basket-restored';
    note.setAttribute('role', 'status');
    note.textContent = form.dataset.restored;
    note.addEventListener('click', function () { note.remove(); });
    document.body.appendChild(note);
  }

  // Every order form on the page, once: the app re-renders the form after
  // a confirmation, and the new one holds what the server has.
  function scan() {
    document.querySelectorAll('form[data-basket]').forEach(function (form) {
      if (form.potCommunServer !== undefined) return;
      form.potCommunServer = snapshot(form);
      var saved = null;
      try { saved = localStorage.getItem(PREFIX + form.dataset.basket); } catch (e) { saved = null; }
      if (saved && saved !== form.potCommunServer) apply(form, saved);
      else if (saved) {
        localStorage.removeItem(PREFIX + form.dataset.basket);
        document.querySelectorAll('.basket-restored').forEach(function (n) { n.remove(); });
      }
      form.addEventListener('input', function () { store(form); });
      form.addEventListener('change', function () { store(form); });
    });
  }

  // Called by the app once the server confirmed the order: what the form
  // shows is what the server holds, so the draft goes.
  function confirmed(basket) {
    document.querySelectorAll('form[data-basket="' + basket + '"]').forEach(function (form) {
      form.potCommunServer = snapshot(form);
    });
    try { localStorage.removeItem(PREFIX + basket); } catch (e) { /* nothing kept */ }
    document.querySelectorAll('.basket-restored').forEach(function (n) { n.remove(); });
  }

  window.potCommunBasket = { scan: scan, confirmed: confirmed };
  scan();
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
})();
