// Keeps an unconfirmed basket on this phone. A member fills quantities on a
// slow network; if the page reloads or the confirmation cannot reach the
// server, nothing typed is lost: it is put back in the form, with a note,
// until the server holds the same order. A basket confirmed with no network
// is kept as a send-to-do and posted as soon as the network returns, from
// whatever page is open; if the server then refuses it (sold out, cycle
// closed), the member is told and finds it back in the form. Plain
// JavaScript on purpose: it must work before (and without) the WebAssembly
// app, and it is loaded on every page.
(function () {
  'use strict';
  if (window.potCommunBasket) {
    window.potCommunBasket.scan();
    return;
  }
  var PREFIX = 'pot-commun-panier:';
  var OUTBOX = 'pot-commun-envoi:';
  var NOTE = 'pot-commun-note';
  var words = document.body.dataset;

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
      // The basket page's stepper box shows what the confirmation holds.
      var box = document.getElementById('n-' + input.id.slice(4));
      if (box) box.value = input.value;
    });
    if (s.pickup) {
      var radio = form.querySelector('input[name="pickup_point_id"][value="' + s.pickup + '"]');
      if (radio) radio.checked = true;
    }
    say(form.dataset.restored);
  }

  // Notes go at the end of <body>, outside what the WebAssembly app
  // hydrates (a node added inside would not match its server render).
  function say(text, link) {
    if (!text) return;
    document.querySelectorAll('.basket-restored').forEach(function (n) { n.remove(); });
    var note = document.createElement('p');
    note.className = 'ok basket-restored';
    note.setAttribute('role', 'status');
    note.textContent = text;
    if (link && location.pathname !== link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = words.basketOpen;
      note.appendChild(document.createTextNode(' '));
      note.appendChild(a);
    }
    note.addEventListener('click', function (e) { if (e.target === note) note.remove(); });
    document.body.appendChild(note);
  }

  function get(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function drop(key) { try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ } }

  // The form as the browser would post it, kept until the network returns.
  // The form carries its own one-time key, so a send that did arrive but
  // whose answer was lost is recognised by the server, not doubled.
  function queue(form) {
    store(form);
    return keep(form.dataset.basket, {
      action: form.action,
      body: new URLSearchParams(new FormData(form)).toString(),
      page: location.pathname
    });
  }

  // `failureSaid`: the page already says nothing was sent.
  function keep(basket, item, failureSaid) {
    item.at = Date.now();
    try {
      localStorage.setItem(OUTBOX + basket, JSON.stringify(item));
    } catch (e) {
      if (!failureSaid) say(words.basketFailed); // no room on the phone: nothing kept, say so
      return false;
    }
    say(words.basketQueued);
    return true;
  }

  // The service worker's page for a basket the browser posted on its own
  // (before the app took over) that no network carried: it holds the form
  // as posted. Kept like any other; the page's "nothing was sent" gives way
  // to the note. The key is the one the order page puts on its form
  // (data-basket: household, or "mine", and the cycle).
  function keepPosted() {
    var posted = words.queueBody;
    if (!posted) return;
    var params = new URLSearchParams(posted);
    var basket = (params.get('household_id') || 'mine') + '-' + params.get('cycle_id');
    var kept = keep(basket, { action: words.queueAction, body: posted, page: words.queuePage }, true);
    var alert = document.getElementById('not-sent');
    if (kept && words.basketQueued && alert) alert.remove();
  }

  var sending = false;
  function flush() {
    if (sending || navigator.onLine === false) return;
    var keys = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf(OUTBOX) === 0) keys.push(k);
      }
    } catch (e) { return; }
    if (!keys.length) return;
    sending = true;
    var next = function () {
      var key = keys.shift();
      if (!key) { sending = false; return; }
      var item;
      try { item = JSON.parse(get(key)); } catch (e) { item = null; }
      if (!item || !item.action) { drop(key); next(); return; }
      var basket = key.slice(OUTBOX.length);
      fetch(item.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: item.body
      }).then(function (res) {
        if (res.status >= 500) { sending = false; return; } // try again later
        drop(key);
        if (res.ok) {
          drop(PREFIX + basket);
          done(item.page, words.basketSent, '?ok=1');
        } else {
          // Refused (sold out, closed, logged out): the draft stays, so the
          // order page puts it back in the form for the member to see.
          done(item.page, words.basketRefused, '');
        }
        next();
      }, function () { sending = false; /* still no network */ });
    };
    next();
  }

  // After a send: the order page is reloaded to show what the server holds
  // (the note survives the reload); any other page just gets the note.
  function done(page, text, query) {
    if (location.pathname === page) {
      try { sessionStorage.setItem(NOTE, text); } catch (e) { /* no note */ }
      location.replace(page + query);
    } else {
      say(text, page);
    }
  }

  // A confirmation with no network becomes a send-to-do instead of an
  // error (capture phase on window: before anything else sees it). The
  // quantities typed in the basket's boxes go with it, saved or not.
  window.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || !form.dataset || !form.dataset.basket) return;
    form.querySelectorAll('input[id^="qty-"]').forEach(function (input) {
      var box = document.getElementById('n-' + input.id.slice(4));
      if (box && !isNaN(milli(box.value))) input.value = box.value;
    });
    if (navigator.onLine !== false) return;
    if (queue(form)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  // Every order form on the page, once: the app re-renders the form after
  // a confirmation, and the new one holds what the server has.
  function scan() {
    document.querySelectorAll('form[data-basket]').forEach(function (form) {
      if (form.potCommunServer !== undefined) return;
      form.potCommunServer = snapshot(form);
      var saved = get(PREFIX + form.dataset.basket);
      if (saved && saved !== form.potCommunServer) apply(form, saved);
      else if (saved) {
        drop(PREFIX + form.dataset.basket);
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
    drop(PREFIX + basket);
    drop(OUTBOX + basket); // a later confirmation replaces one still waiting
    document.querySelectorAll('.basket-restored').forEach(function (n) { n.remove(); });
  }

  // Called by the app when a confirmation could not reach the server
  // although the phone believed it was online (a basement, a dead wifi).
  function offline(basket) {
    document.querySelectorAll('form[data-basket="' + basket + '"]').forEach(queue);
  }

  // ---- Steppers: each product's − and + (form[data-stepper]) ----------
  // Without JavaScript each tap posts and the page comes back to the
  // product. With it, the box changes at once by the product's rule (the
  // same rule as the server's `domain::orders::stepped`), and the last
  // quantity is saved in the background a moment after the taps stop; the
  // server's answer (in words) updates the line and the basket bar. A
  // refusal is left to the server to word: the form is posted as typed.
  // Quantities are integer thousandths, as on the server.
  // Typed digits may be Arabic-Indic (١٫٥), as the page may show them.
  function latin(text) {
    return (text || '').replace(/[\u0660-\u0669\u06F0-\u06F9]/g, function (d) { return String((d.charCodeAt(0) & 0xf) % 10); }).replace('\u066B', ',');
  }
  function milli(text) {
    var t = latin(text).trim().replace('.', ',');
    if (t === '') return 0;
    var m = /^(\d{1,7})(?:,(\d{1,3}))?$/.exec(t);
    if (!m) return NaN;
    return parseInt(m[1], 10) * 1000 + parseInt(((m[2] || '') + '000').slice(0, 3), 10);
  }
  // As the server writes it in the page's language: its decimal sign and
  // its digits (data-locale on <html>), from exact thousandths.
  var locale = document.documentElement.getAttribute('data-locale') || document.documentElement.lang || 'fr';
  var decimalSign = (new Intl.NumberFormat(locale).formatToParts(1.5).find(function (p) { return p.type === 'decimal'; }) || { value: ',' }).value;
  var digits = new Intl.NumberFormat(locale, { useGrouping: false }).format(1234567890).split('');
  function shown(q) {
    if (q <= 0) return '';
    var frac = String(q % 1000);
    while (frac.length < 3) frac = '0' + frac;
    frac = frac.replace(/0+$/, '');
    var plain = Math.floor(q / 1000) + (frac ? '.' + frac : '');
    return plain.replace(/[0-9.]/g, function (c) { return c === '.' ? decimalSign : digits[(Number(c) + 9) % 10]; });
  }
  function stepped(current, steps, step, min, most) {
    step = Math.max(step, 1);
    var wanted = current <= 0 && steps > 0 ? Math.max(min, step) + (steps - 1) * step : current + steps * step;
    if (most !== null && wanted > most) {
      var fits = most - (((most - min) % step) + step) % step;
      wanted = fits >= min ? fits : 0;
    }
    return wanted < Math.max(min, 1) ? 0 : wanted;
  }

  // Saves in flight, and taps waiting for theirs: leaving the page waits
  // for them (a tap then "Voir mon panier" at once must not be lost).
  var inFlight = [];
  var waiting = [];

  function flushSteps() {
    waiting.splice(0).forEach(function (form) {
      clearTimeout(form.potCommunTimer);
      form.potCommunTimer = null;
      var before = form.potCommunBefore;
      form.potCommunBefore = undefined;
      saveStep(form, form.querySelector('input[name="qty"]'), before);
    });
    return Promise.all(inFlight.slice());
  }

  function saveStep(form, box, before) {
    var body = new URLSearchParams(new FormData(form));
    body.delete('back');
    body.delete('step');
    var sent = box.value;
    form.classList.add('busy');
    var done = fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: body.toString()
    }).then(function (res) {
      if (!res.ok) {
        // Refused (a cap, the cycle closed): the server says why on the
        // page it sends back.
        form.submit();
        return;
      }
      return res.json().then(function (answer) {
        form.classList.remove('busy');
        if (box.value === sent) box.value = answer.qty;
        var line = form.querySelector('[data-line]');
        if (line) line.textContent = answer.line;
        document.querySelectorAll('[data-bar]').forEach(function (n) { n.textContent = answer.bar; });
        document.querySelectorAll('[data-bar-total]').forEach(function (n) { n.textContent = answer.total; });
        // The basket page's confirm form carries the same quantity.
        var id = form.querySelector('input[name="product_id"]').value;
        var copy = document.getElementById('qty-' + id);
        if (copy && box.value === answer.qty) copy.value = answer.qty;
      });
    }, function () {
      form.classList.remove('busy');
      // No network. On the basket page the change is kept with the basket
      // on the phone, and goes with the confirmation; elsewhere it is
      // undone and said.
      var id = form.querySelector('input[name="product_id"]').value;
      var copy = document.getElementById('qty-' + id);
      if (copy && copy.form) {
        copy.value = box.value;
        store(copy.form);
        say(words.stepKept);
      } else {
        box.value = before;
        say(words.stepOffline);
      }
    });
    inFlight.push(done);
    done.then(function () { inFlight.splice(inFlight.indexOf(done), 1); });
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || !form.matches || !form.matches('form[data-stepper]')) return;
    var box = form.querySelector('input[name="qty"]');
    var typed = milli(box.value);
    if (isNaN(typed)) return; // the server words what is wrong with it
    e.preventDefault();
    var button = e.submitter;
    var steps = button && button.name === 'step' ? parseInt(button.value, 10) : 0;
    if (form.potCommunBefore === undefined) form.potCommunBefore = box.value; // to put back if the network is gone
    if (steps) {
      var most = form.dataset.most === '' ? null : parseInt(form.dataset.most, 10);
      box.value = shown(stepped(typed, steps, parseInt(form.dataset.step, 10), parseInt(form.dataset.min, 10), most));
    }
    clearTimeout(form.potCommunTimer);
    if (waiting.indexOf(form) < 0) waiting.push(form);
    form.potCommunTimer = setTimeout(function () {
      waiting.splice(waiting.indexOf(form), 1);
      var before = form.potCommunBefore;
      form.potCommunBefore = undefined;
      saveStep(form, box, before);
    }, 300);
  });

  // A link or another form while taps are unsaved: save them first.
  function holdWhileSaving(e, go) {
    if (!waiting.length && !inFlight.length) return;
    e.preventDefault();
    flushSteps().then(go, go);
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[href]');
    if (!link || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    holdWhileSaving(e, function () { location.href = link.href; });
  });
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (e.defaultPrevented || !form.matches || form.matches('form[data-stepper]')) return;
    holdWhileSaving(e, function () { form.submit(); });
  });

  window.potCommunBasket = { scan: scan, confirmed: confirmed, offline: offline };
  keepPosted();
  scan();
  try {
    var left = sessionStorage.getItem(NOTE);
    if (left) { sessionStorage.removeItem(NOTE); say(left); }
  } catch (e) { /* no note */ }
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('online', flush);
  flush();
  // Some phones say "online" with no way through: try again now and then.
  setInterval(flush, 30000);
})();
