// The service worker: keeps the app working offline after the first load.
//
// scripts/postbuild.mjs writes dist/sw.js from this template after every `trunk build`, filling
// in the build's version (a hash of every file's name and content) and the list of files to
// precache, read from the build output. Never edit dist/sw.js by hand.
//
// The update flow (see ARCHITECTURE.md, "Offline"): a new build changes this file, the browser
// installs the new worker beside the old one and it WAITS; the page (src/ui/offline.rs) shows a
// notice and only when the user presses "reload" does it post {type: "skip-waiting"}. Drafts live
// in localStorage, which a service worker cannot touch; only this app's own caches are replaced.

const VERSION = "__VERSION__";
// What the self-check needs, cached on the first visit: its page, the files it fetches on demand
// (definitions, the guide's words), the manifest and icons.
const PRECACHE = __PRECACHE__;
// The pages cached only once the user opens them, by page: the forms page with both office
// workers (forms/: opening the forms is the intent to file), and the receiving offices' page
// (office/) with the export worker it writes XLSX with. A visitor who only checks downloads none
// of it (issue 16). Once cached they stay, in every later version too (see "install").
const ON_INTENT = __ON_INTENT__;
// Files no page needs at once, cached the first time the app fetches one (the occupations'
// definitions, 54 KB brotli), then offline like the rest, in later versions too.
const ON_DEMAND = __ON_DEMAND__;

// Caches are per origin, not per path: two copies of the app under different sub-paths of one
// host must not delete each other's files, so the scope is part of every cache name.
const CACHE_PREFIX = `henan-filing:${self.registration.scope}:`;
const CACHE_NAME = CACHE_PREFIX + VERSION;
const scopeUrl = new URL(self.registration.scope);
// The site's pages: the self-check, the forms page, the offices' page.
const APP_PAGES = ["", "forms/", "office/"];
// The host's settings beside index.html (precached with the build's copy, then kept fresh).
const SITE_JSON = "site.json";
const SITE_JSON_URL = new URL(SITE_JSON, scopeUrl).href;
// A page's cached index.html, whose presence says the page was opened before.
const pageUrl = (page) => new URL(page + "index.html", scopeUrl).href;

// A file with a content hash in its name never changes, so the copy the page has just loaded
// (in the HTTP cache) is right and is not downloaded twice. Any other file (index.html, the
// definitions, the manifest) is revalidated with the server, so a stale copy never enters.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
const requestFor = (path) => new Request(new URL(path, scopeUrl), { cache: HASHED.test(path) ? "default" : "no-cache" });

// A page's files (ON_INTENT) into this version's cache, those not there yet.
function cacheOnIntent(page) {
  return caches.open(CACHE_NAME).then((cache) =>
    Promise.all(ON_INTENT[page].map((path) => cache.match(new URL(path, scopeUrl).href).then((hit) => (hit ? null : path)))).then(
      (missing) => cache.addAll(missing.filter(Boolean).map(requestFor)),
    ),
  );
}

// Whether an earlier version of this site's worker had cached this URL.
function cachedBefore(url) {
  return caches
    .keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.open(name).then((cache) => cache.match(url)))))
    .then((hits) => hits.some(Boolean));
}

// Whether the user has opened the page before: an earlier version cached it, or a window of
// this site is on it now (its first visit registered us).
function intentShown(page) {
  const open = self.clients
    .matchAll({ type: "window", includeUncontrolled: true })
    .then((windows) => windows.some((client) => appPageFor(new URL(client.url)) === pageUrl(page)));
  return Promise.all([cachedBefore(pageUrl(page)), open]).then(([before, now]) => before || now);
}

// The files fetched on demand that an earlier version kept: kept by this one too.
function keepOnDemand(cache) {
  return Promise.all(ON_DEMAND.map((path) => cachedBefore(new URL(path, scopeUrl).href).then((kept) => (kept ? cache.add(requestFor(path)) : null))));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.map(requestFor)).then(() => keepOnDemand(cache)))
      .then(() => Promise.all(Object.keys(ON_INTENT).map((page) => intentShown(page).then((shown) => (shown ? cacheOnIntent(page) : null))))),
  );
  // No skipWaiting here: the user decides when the new version takes over.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

// The cached copy of one of the app's pages: its folder or its index.html, whatever the query
// (?embed=...). Other pages a host keeps in the same folder are left to the network.
function appPageFor(url) {
  for (const page of APP_PAGES) {
    const folder = scopeUrl.pathname + page;
    if (url.pathname === folder || url.pathname === folder + "index.html") return new URL(page + "index.html", scopeUrl).href;
  }
  return null;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scopeUrl.origin || !url.pathname.startsWith(scopeUrl.pathname)) return;
  if (request.mode === "navigate") {
    const page = appPageFor(url);
    if (!page) return;
    // Opening the forms (the intent to file) or the offices' page: keep it, with the workers it
    // uses, for offline use. A failure (offline, a file gone) is retried on the next opening.
    const opened = Object.keys(ON_INTENT).find((intent) => pageUrl(intent) === page);
    if (opened !== undefined) event.waitUntil(cacheOnIntent(opened).catch(() => null));
    event.respondWith(
      caches.open(CACHE_NAME).then((cache) => cache.match(page).then((hit) => hit || fetch(request))),
    );
    return;
  }
  // The host's site.json changes without a new build: the network first, so that a year the
  // host adds reaches the page at once, and the copy kept at the last success when offline.
  if (url.pathname === scopeUrl.pathname + SITE_JSON) {
    event.respondWith(
      caches.open(CACHE_NAME).then((cache) =>
        fetch(request, { cache: "no-cache" })
          .then((response) => {
            if (response.ok) cache.put(SITE_JSON_URL, response.clone());
            return response;
          })
          .catch(() => cache.match(SITE_JSON_URL).then((hit) => hit || Response.error())),
      ),
    );
    return;
  }
  // A file fetched on demand: from the cache once fetched, else from the network, kept.
  if (ON_DEMAND.some((path) => url.pathname === scopeUrl.pathname + path)) {
    event.respondWith(
      caches.open(CACHE_NAME).then((cache) =>
        cache.match(request, { ignoreSearch: true }).then(
          (hit) =>
            hit ||
            fetch(request).then((response) => {
              if (response.ok) cache.put(request, response.clone());
              return response;
            }),
        ),
      ),
    );
    return;
  }
  // Cache first; anything not precached (nothing the app asks for) goes to the network as usual.
  event.respondWith(
    caches.open(CACHE_NAME).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
