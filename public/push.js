// Turns notifications on for this device, only when the member taps the
// button (never on a first visit): registers the service worker, asks the
// browser's permission, subscribes with the server's VAPID key and gives
// the subscription to the server. Plain JavaScript, loaded only on the
// profile page, so the WASM stays small. Safe to load twice.
(function () {
  if (window.potCommunPush) return;
  window.potCommunPush = true;

  function say(key) {
    var status = document.getElementById('notifications-status');
    if (status) status.textContent = status.getAttribute('data-' + key) || '';
  }

  function keyBytes(base64url) {
    var s = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) s += '=';
    var raw = atob(s);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function deviceName() {
    var ua = navigator.userAgent;
    var os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iPhone' : /Windows/.test(ua) ? 'Windows' : /Mac/.test(ua) ? 'Mac' : /Linux/.test(ua) ? 'Linux' : '';
    var browser = /Firefox\//.test(ua) ? 'Firefox' : /Edg\//.test(ua) ? 'Edge' : /Chrom/.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : '';
    return [os, browser].filter(Boolean).join(' · ') || 'Navigateur';
  }

  async function turnOn(button) {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
      say('unsupported');
      return;
    }
    button.disabled = true;
    try {
      var registration = await navigator.serviceWorker.register('/sw.js');
      var permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        say('denied');
        return;
      }
      await navigator.serviceWorker.ready;
      var subscription = await registration.pushManager.getSubscription();
      if (!subscription) {
        subscription = await registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(button.getAttribute('data-key')),
        });
      }
      var json = subscription.toJSON();
      var body = new URLSearchParams({
        endpoint: json.endpoint,
        p256dh: json.keys.p256dh,
        auth: json.keys.auth,
        device: deviceName(),
      });
      var res = await fetch('/api/subscribe_push', { method: 'POST', body: body, credentials: 'same-origin' });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      say('done');
      location.reload();
    } catch (e) {
      say('failed');
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('#notifications-on');
    if (button) turnOn(button);
  });
})();
