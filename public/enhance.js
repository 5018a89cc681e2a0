// What the pages do with JavaScript and not without, in plain JavaScript:
// the pages are rendered on the server (Leptos islands, no island needed
// here), their forms post and come back. Loaded on every page, deferred.
(function () {
  'use strict';
})();
