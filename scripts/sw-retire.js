// A service worker that retires itself: it deletes this app's caches for its scope and
// unregisters, so the next load comes from the network again.
//
// scripts/postbuild.mjs writes it as dist/sw.js for debug builds (`trunk serve`), so development
// never runs on a stale cached copy. A host that takes the app down can serve this file as sw.js
// for a while so that returning visitors' browsers let go of the old version.

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  const prefix = `henan-filing:${self.registration.scope}:`;
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
