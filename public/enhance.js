// What the pages do with JavaScript and not without, in plain JavaScript:
// the pages are rendered on the server (Leptos islands, no island needed
// here), their forms post and come back. Loaded on every page, deferred.
// The server marks what it wants with data- attributes and writes every
// word; this file only shows, hides, counts and puts back:
//   data-scripted / data-unscripted   shown only with / only without script
//   data-print                        a button that prints the page
//   data-select                       a field whose text is selected on a tap
//   data-filter="L" (data-filter-by)  a search box, or a choice, that narrows
//   data-list="L"                     the lists named L as one types or chooses
//   data-check="L" value="on" or ""   ticks or unticks the lines L shows
//   data-count="L" data-one data-other   how many are ticked in L
//   data-unsaved / data-saved         in a form, "not saved yet" from the first
//                                     thing typed; the "saved" note goes then
// A refused form comes back with what was typed, and the person lands on
// the error (#erreur), focused.
(function () {
  'use strict';
  var KEPT = 'pot-commun-formulaire';

  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function lists(name) { return all('[data-list="' + name + '"]'); }

  // As domain::text::fold on the server, which wrote each line's
  // data-filter-text: "pates" finds "Pâtes", "oeuf" finds "Œufs".
  function fold(s) {
    return s.normalize('NFC').toLowerCase()
      .replace(/[àâäáã]/g, 'a').replace(/ç/g, 'c').replace(/[éèêë]/g, 'e').replace(/[îïí]/g, 'i')
      .replace(/[ôöó]/g, 'o').replace(/[ùûüú]/g, 'u').replace(/ÿ/g, 'y').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
      .replace(/['’-]/g, ' ');
  }

  // A line is shown when every control of its list lets it through: a box
  // looks in its text, a choice compares its data-<filter-by> (empty: all).
  // Hidden lines stay in their form, so a save still sends them.
  function filter(name) {
    var controls = all('[data-filter="' + name + '"]');
    lists(name).forEach(function (list) {
      Array.prototype.forEach.call(list.children, function (item) {
        item.hidden = !controls.every(function (c) {
          var by = c.getAttribute('data-filter-by');
          if (by) return !c.value || item.getAttribute('data-' + by) === c.value;
          var q = fold(c.value.trim());
          return !q || fold(item.getAttribute('data-filter-text') || '').indexOf(q) !== -1;
        });
      });
    });
  }

  // The sentence in the plural form the page's language gives n: the
  // server wrote each form (data-forms), CLDR's rules choose, as on the
  // server. Digits as the page writes them (data-locale on <html>).
  function count() {
    var root = document.documentElement;
    var locale = root.getAttribute('data-locale') || root.lang;
    all('[data-count]').forEach(function (out) {
      var n = 0;
      lists(out.getAttribute('data-count')).forEach(function (list) {
        n += list.querySelectorAll('input[type="checkbox"]:checked').length;
      });
      var forms = {};
      try { forms = JSON.parse(out.getAttribute('data-forms')) || {}; } catch (e) { return; }
      var form = forms[new Intl.PluralRules(root.lang).select(n)] || forms.other;
      if (form) out.textContent = form.replace('{n}', new Intl.NumberFormat(locale).format(n));
    });
  }

  // Something typed in a form that says so: not saved until it comes back
  // saved, and a "saved" note from before is no longer true.
  function typed(form) {
    if (!form || !form.querySelector('[data-unsaved]')) return;
    all('[data-unsaved]', form).forEach(function (n) { n.hidden = false; });
    all('[data-saved]').forEach(function (n) { n.hidden = true; });
  }

  // What a person typed or chose (not passwords, not the server's hidden
  // fields), and the hidden fields that tell a form from its neighbours
  // (each line of the distribution sheet has its own).
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !el.disabled && (el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' ||
        (el.tagName === 'INPUT' && !/^(hidden|password|file|submit|button|reset|image)$/.test(el.type)));
    });
  }
  function signature(form) {
    return all('input[type="hidden"]', form).map(function (el) { return el.name + '=' + el.value; }).join('&');
  }

  // Kept for the page that answers, which is this one again if the server
  // refuses (the error in its address). Order forms keep their own basket
  // (basket.js).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    // Attributes, not form.method: a field named "method" (how one paid)
    // would stand in for it.
    if (e.defaultPrevented || (form.getAttribute('method') || '').toLowerCase() !== 'post' || form.hasAttribute('data-basket')) return;
    var kept = fields(form).map(function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') return [el.name, el.checked];
      if (el.type === 'select-multiple') return [el.name, all('option', el).filter(function (o) { return o.selected; }).map(function (o) { return o.value; })];
      return [el.name, el.value];
    });
    try {
      sessionStorage.setItem(KEPT, JSON.stringify({ page: location.pathname, action: form.getAttribute('action'), signature: signature(form), fields: kept }));
    } catch (err) { /* no storage: the form still posts */ }
  });

  function untouched(el) {
    if (el.type === 'checkbox' || el.type === 'radio') return el.checked === el.defaultChecked;
    if (el.tagName !== 'SELECT') return el.value === el.defaultValue;
    var chosen = el.querySelector('option[selected]');
    return all('option', el).every(function (o, i) {
      return o.selected === (o.defaultSelected || (!chosen && !el.multiple && i === 0));
    });
  }

  function putBack() {
    var kept = null;
    try {
      kept = JSON.parse(sessionStorage.getItem(KEPT));
      sessionStorage.removeItem(KEPT);
    } catch (err) { return; }
    if (!kept || kept.page !== location.pathname || !/[?&]__err=/.test(location.search)) return;
    var same = Array.prototype.filter.call(document.forms, function (f) { return f.getAttribute('action') === kept.action; });
    var form = same.filter(function (f) { return signature(f) === kept.signature; })[0] || (same.length === 1 ? same[0] : null);
    if (!form) return;
    var byName = {};
    kept.fields.forEach(function (f) { (byName[f[0]] = byName[f[0]] || []).push(f[1]); });
    // Only into fields still as the server wrote them: what the person
    // already changed on this page stays.
    fields(form).forEach(function (el) {
      var v = (byName[el.name] || []).shift();
      if (v === undefined || !untouched(el)) return;
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = v;
      else if (el.multiple) all('option', el).forEach(function (o) { o.selected = v.indexOf(o.value) !== -1; });
      else el.value = v;
    });
    // What was put back is not saved: the page's notes and counts follow.
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // A box that is also a search form's field (?q= on the server) keeps
  // the address in step: a reload, or a form refused on this page, comes
  // back narrowed the same.
  function inAddress(box) {
    if (!box.name || !box.form || (box.form.getAttribute('method') || '').toLowerCase() !== 'get') return;
    var url = new URL(location.href);
    if (box.value.trim()) url.searchParams.set(box.name, box.value);
    else url.searchParams.delete(box.name);
    history.replaceState(history.state, '', url);
  }

  document.addEventListener('input', function (e) {
    var name = e.target.getAttribute && e.target.getAttribute('data-filter');
    if (name) {
      filter(name);
      inAddress(e.target);
    }
    typed(e.target.form || (e.target.closest && e.target.closest('form')));
  });
  document.addEventListener('change', function (e) {
    var name = e.target.getAttribute && e.target.getAttribute('data-filter');
    if (name) filter(name);
    typed(e.target.form || (e.target.closest && e.target.closest('form')));
    count();
  });

  document.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('[data-print], [data-check], [data-select]');
    if (!el) return;
    if (el.hasAttribute('data-print')) window.print();
    else if (el.hasAttribute('data-select')) el.select();
    else {
      var on = el.value !== '';
      lists(el.getAttribute('data-check')).forEach(function (list) {
        Array.prototype.forEach.call(list.children, function (item) {
          if (!item.hidden) all('input[type="checkbox"]', item).forEach(function (c) { c.checked = on; });
        });
        list.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  });
  // A tap selects the whole link, ready to copy.
  document.addEventListener('focusin', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-select')) e.target.select();
  });

  all('[data-scripted]').forEach(function (n) { n.hidden = false; });
  all('[data-unscripted]').forEach(function (n) { n.hidden = true; });
  putBack();
  // The boxes as the browser left them (a value typed before going back,
  // or the server's ?q=), and the ticks as the page holds them.
  all('[data-filter]').forEach(function (c) { filter(c.getAttribute('data-filter')); });
  count();
  // The server sent a refused form back to its error box: the browser
  // scrolled there, the focus goes there too (tabindex="-1").
  if (location.hash === '#erreur') {
    var box = document.getElementById('erreur');
    if (box) box.focus();
  }
})();
