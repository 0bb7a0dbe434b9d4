// Runs only where JavaScript modules do not (<script nomodule> in index.html and forms.html):
// Internet Explorer, which is also the 兼容模式 of 360 and QQ Browser, and very old browsers.
// The app cannot start there, so the page says at once why and what to do (style/app.css,
// ".boot"). ES3 on purpose, for Internet Explorer 8 too: no textContent there.
(function () {
  var boot = document.getElementById("boot");
  var reason = document.getElementById("boot-reason");
  if (!boot || !reason) return;
  boot.className += " boot--failed";
  var text = "原因：此浏览器不能运行 JavaScript 模块（如兼容模式）。Reason: this browser cannot run JavaScript modules (as in compatibility mode).";
  if ("textContent" in reason) reason.textContent = text;
  else reason.innerText = text;
})();
