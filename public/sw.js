// Pot Commun's service worker.
// - Shows the notifications the server pushes (already in words, short)
//   and opens the right page when one is tapped.
// - Keeps the app shell (script, WebAssembly, style, icons) of this
//   version, and the last copy of each page the member opened, so the
//   catalogue, their order, their shifts and messages read with no signal;
//   the main pages are kept even before they are opened (keepPages).
//   A page read from the phone says so, with when it was saved, in the
//   words the server put on the page (data-offline on <body>).
// - A new version of the app comes with a new VERSION (the server writes
//   it from the files it serves): the new worker installs its own shell,
//   then drops every cache of the old one, so old and new files never mix.
const VERSION = '__VERSION__';
const SHELL = 'shell-' + VERSION;
const PAGES = 'pages-' + VERSION;
// Where the order form posts (the place_order server function).
const BASKET_ACTION = '/api/place_order';
const SHELL_FILES = [
  '/pkg/pot-commun.js',
  '/pkg/pot-commun.wasm',
  '/pkg/pot-commun.css',
  '/basket.js',
  '/enhance.js',
  '/push.js',
  '/sw-register.js',
  '/icon.svg',
  '/manifest.webmanifest',
];

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(SHELL).then(function (cache) {
      return cache.addAll(SHELL_FILES);
    }).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) {
        return n !== SHELL && n !== PAGES;
      }).map(function (n) {
        return caches.delete(n);
      }));
    }).then(function () {
      return self.clients.claim();
    })
  );
});

function isShellFile(url) {
  return url.pathname.indexOf('/pkg/') === 0 || SHELL_FILES.indexOf(url.pathname) >= 0;
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
  });
}

function attribute(html, name) {
  var m = html.match(new RegExp('<body[^>]*\\s' + name + '="([^"]*)"'));
  return m ? m[1] : '';
}

// Any kept page: the server put the words of the one translation table on
// its <body>.
async function keptPage() {
  var cache = await caches.open(PAGES);
  var keys = (await cache.keys()).filter(function (r) { return new URL(r.url).pathname !== KEPT_AT; });
  return keys.length ? (await cache.match(keys[0])).text() : '';
}

// In the language and direction of the kept page the words come from.
function plainPage(text, after, body, tail, html) {
  var root = ((html || '').match(/<html[^>]*>/) || ['<html lang="fr" dir="ltr">'])[0];
  var lang = (root.match(/\slang="([^"]+)"/) || [])[1] || 'fr';
  var dir = (root.match(/\sdir="([^"]+)"/) || [])[1] || 'ltr';
  var locale = (root.match(/\sdata-locale="([^"]+)"/) || [])[1] || lang;
  return new Response('<!DOCTYPE html><html lang="' + escapeHtml(lang) + '" dir="' + escapeHtml(dir) + '" data-locale="' + escapeHtml(locale) + '"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' + (body || '<body>') + '<p role="alert" id="not-sent" style="font:1.1rem sans-serif;padding:1rem">' + text + '</p><p style="font:1.1rem sans-serif;padding:0 1rem">' + after + '</p>' + (tail || ''), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

// A form posted before the app took over the page (it hydrates when the
// phone is idle) while no network gets through: the member reads in words
// that nothing was sent, and goes back to the form, where what they typed
// is still there — not the browser's own error page. A basket is not
// even lost that far: the page carries the form as it was posted, and
// basket.js (loaded by it) keeps it as a send-to-do, posted when the
// network returns, as it does for a basket confirmed in the app offline.
async function notSent(request) {
  var kept = await keptPage(); // read once: the words and the <body> below
  var text = attribute(kept, 'data-basket-failed') || 'Offline';
  var back = attribute(kept, 'data-offline-back') || '←';
  var button = '<button type="button" onclick="history.back()" style="font:inherit;min-height:44px;padding:0 1rem">' + back + '</button>';
  var posted = new URL(request.url).pathname === BASKET_ACTION ? await request.text().catch(function () { return ''; }) : '';
  var params = new URLSearchParams(posted);
  if (!params.get('cycle_id') || params.has('cancel')) return plainPage(text, button, null, null, kept);
  var page = '/commande';
  try {
    var from = new URL(request.referrer);
    if (from.origin === self.location.origin) page = from.pathname;
  } catch (e) { /* no referrer: the member's own order page */ }
  // The <body> of a kept page brings the words basket.js says.
  var body = (kept.match(/<body[^>]*>/) || ['<body>'])[0].replace(/>$/, ' data-queue-action="' + BASKET_ACTION + '" data-queue-page="' + escapeHtml(page) + '" data-queue-body="' + escapeHtml(posted) + '">');
  return plainPage(text, button, body, '<script src="/basket.js"></script>', kept);
}

// A page from the phone's copy, with a banner saying it is offline and
// when the copy was saved.
async function fromCopy(request) {
  var cache = await caches.open(PAGES);
  var copy = await cache.match(request, { ignoreSearch: false }) || await cache.match(request, { ignoreSearch: true });
  if (!copy) {
    var kept = await keptPage();
    var text = attribute(kept, 'data-offline-missing') || 'Offline';
    return plainPage(text, '<a href="/catalogue">Pot Commun</a>', null, null, kept);
  }
  var html = await copy.text();
  var saved = Number(copy.headers.get('x-saved-at')) || Date.now();
  // The page's own language and digits (data-locale), Paris time.
  var locale = (html.match(/<html[^>]*\sdata-locale="([^"]+)"/) || html.match(/<html[^>]*\slang="([^"]+)"/) || [])[1] || 'fr';
  var when = new Date(saved).toLocaleString(locale, { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  var banner = '<p class="offline-banner" role="status">' + attribute(html, 'data-offline').replace('{when}', escapeHtml(when)) + '</p>';
  html = html.replace(/<body([^>]*)>/, '<body$1>' + banner);
  return new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// Pages never kept on the phone, whoever uses it next: the profile (the
// household's tier), the coordination's and the admin's pages, the
// distribution sheet, invitation links and the login page. The server also
// marks them no-store, which is checked too.
function neverKept(url) {
  var p = url.pathname;
  return p === '/profil' || p === '/admin' || p === '/connexion' ||
    p.indexOf('/coordination') === 0 || p.indexOf('/admin/') === 0 || p.indexOf('/invitation/') === 0 ||
    p.indexOf('/distribution/') === 0 || /\/hote$/.test(p);
}

// Keeps a page the server sent whole (not a redirect to the login page,
// not an error) as this phone's copy, stamped with when it was saved.
async function keepCopy(request, response) {
  if (!response.ok || response.status !== 200 || response.redirected || (response.headers.get('Content-Type') || '').indexOf('text/html') !== 0) return;
  if (neverKept(new URL(request.url)) || /no-store/.test(response.headers.get('Cache-Control') || '')) return;
  var body = await response.clone().text();
  var headers = new Headers(response.headers);
  headers.set('x-saved-at', String(Date.now()));
  headers.delete('Vary'); // matched by address alone, whatever asked for it
  var cache = await caches.open(PAGES);
  await cache.put(request, new Response(body, { status: 200, headers: headers }));
}

async function networkFirst(request) {
  try {
    var response = await fetch(request);
    await keepCopy(request, response);
    return response;
  } catch (e) {
    return fromCopy(request);
  }
}

// The pages a signed-in member needs with no signal (the open cycle's
// catalogue, their order and pickup details, their shifts, the workshops)
// are fetched into the copy even before they are opened — at most every
// six hours, and again after a logout drops the copy. Never the messages
// page: opening it marks the messages read.
var KEPT_AT = '/__copie-faite-le';
var KEEP_EVERY_MS = 6 * 3600 * 1000;
var KEEP_PAGES = ['/catalogue', '/commande', '/creneaux', '/ateliers'];

async function keepPages() {
  var cache = await caches.open(PAGES);
  var mark = await cache.match(KEPT_AT);
  if (mark && Date.now() - Number(await mark.text()) < KEEP_EVERY_MS) return;
  await cache.put(KEPT_AT, new Response(String(Date.now())));
  for (var i = 0; i < KEEP_PAGES.length; i++) {
    try {
      var request = new Request(KEEP_PAGES[i], { credentials: 'same-origin' });
      await keepCopy(request, await fetch(request));
    } catch (e) { /* no network now: the next page opened will try again */ }
  }
}

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'keep-pages') event.waitUntil(keepPages());
  // Another account on this phone, or none (sw-register.js saw it).
  if (event.data && event.data.type === 'forget') event.waitUntil(caches.delete(PAGES));
});

async function shellFirst(request) {
  var cache = await caches.open(SHELL);
  var hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  var response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/logout') {
    // A shared phone: the next person must not read this one's pages.
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method === 'POST' && request.mode === 'navigate') {
    var posted = request.clone(); // the body can be read once: keep a copy
    event.respondWith(fetch(request).catch(function () { return notSent(posted); }));
    return;
  }
  if (request.method !== 'GET' || url.pathname.indexOf('/api/') === 0 || url.pathname === '/sw.js') return;
  if (isShellFile(url)) {
    event.respondWith(shellFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  }
});

self.addEventListener('push', function (event) {
  var data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (e) {
    data = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || 'Pot Commun', {
      body: data.body || '',
      tag: data.tag,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      // Worded by the server in the owner's language.
      lang: data.lang || 'fr',
      dir: data.dir || 'auto',
      data: { url: data.url || '/messages' },
    })
  );
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var url = new URL((event.notification.data && event.notification.data.url) || '/messages', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (list) {
      for (var i = 0; i < list.length; i++) {
        if ('focus' in list[i] && list[i].url.split('#')[0] === url.split('#')[0]) return list[i].focus();
      }
      return self.clients.openWindow(url);
    })
  );
});
