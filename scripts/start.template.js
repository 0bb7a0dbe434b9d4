// Starts the app. scripts/postbuild.mjs writes this file (start-<hash>.js) from
// scripts/start.template.js in place of Trunk's inline loader: the Content-Security-Policy then
// needs no 'unsafe-inline', and a browser that cannot start the app says why instead of showing
// a blank page. The message in the page (#boot: index.html, forms.html; style/app.css ".boot")
// shows its help with the reason when WebAssembly is missing, when loading or instantiating the
// wasm fails, and when the app has not started after a while; the app removes it when it mounts.
//
// It does what Trunk's loader does (window.wasmBindings, the TrunkApplicationStarted event), but
// imports the wasm-bindgen glue with import() instead of a static import, so that a glue this
// browser cannot load or parse is an error caught here, and needs no top-level await (ES2022).

const GLUE = "__GLUE__";
const WASM = "__WASM__";
// As long as the help's own delay in style/app.css (.boot__help), which covers browsers that
// cannot even run this file.
const NOT_STARTED_AFTER_SECONDS = 20;

function showWhyNotStarted(reason) {
  const boot = document.getElementById("boot");
  const reasonText = document.getElementById("boot-reason");
  // Gone once the app has mounted: then there is nothing to explain.
  if (!boot || !reasonText) return;
  boot.classList.add("boot--failed");
  reasonText.textContent = `原因 Reason: ${reason}`;
}

if (typeof WebAssembly !== "object") {
  showWhyNotStarted("此浏览器不能运行 WebAssembly，或已将其关闭。this browser cannot run WebAssembly, or it is turned off");
} else {
  const timer = setTimeout(
    () =>
      showWhyNotStarted(
        `${NOT_STARTED_AFTER_SECONDS} 秒后仍未启动，网络较慢时请稍候或刷新本页。not started after ${NOT_STARTED_AFTER_SECONDS} s: on a slow network, wait or reload the page`,
      ),
    NOT_STARTED_AFTER_SECONDS * 1000,
  );
  import(GLUE)
    .then((bindings) =>
      bindings.default({ module_or_path: WASM }).then((wasm) => {
        window.wasmBindings = bindings;
        dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
      }),
    )
    .catch((error) => {
      console.error("the app did not start:", error);
      showWhyNotStarted(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    })
    .finally(() => clearTimeout(timer));
}
