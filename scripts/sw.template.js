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
const PRECACHE = __PRECACHE__;

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

self.addEventListener("install", (event) => {
  // A file with a content hash in its name never changes, so the copy the page has just loaded
  // (in the HTTP cache) is right and is not downloaded twice. Any other file (index.html, the
  // definitions, the manifest) is revalidated with the server, so a stale copy never enters.
  const hashed = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      cache.addAll(
        PRECACHE.map((path) => new Request(new URL(path, scopeUrl), { cache: hashed.test(path) ? "default" : "no-cache" })),
      ),
    ),
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
  // Cache first; anything not precached (nothing the app asks for) goes to the network as usual.
  event.respondWith(
    caches.open(CACHE_NAME).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
