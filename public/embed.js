/*
 * Chorus petition widget: sizes each Chorus widget frame on this page to its content.
 *
 * Load it from the Chorus site whose widget you embed, next to the frame:
 *   <iframe src="https://chorus.example/embed/<slug>" title="…" loading="lazy" style="width:100%;border:0" height="900"></iframe>
 *   <script src="https://chorus.example/embed.js" async></script>
 *
 * It listens for { type: "chorus:resize", height } messages and believes one only when it comes
 * from a frame on this page (event.source) showing a document of that Chorus site (event.origin).
 * It asks frames already loaded for their height once ("chorus:measure"). It reads nothing else,
 * sets no cookie and sends nothing anywhere. Plain ES5 with no dependencies, on purpose.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, window.location.href).origin;
  // Several snippets on one page load this script several times: one listener per Chorus site.
  var loaded = "__chorusEmbed:" + origin;
  if (window[loaded]) return;
  window[loaded] = true;

  var MAX_HEIGHT = 20000;

  function frameShowing(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.source) return;
    var data = event.data;
    if (!data || data.type !== "chorus:resize") return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height <= MAX_HEIGHT)) return;
    var frame = frameShowing(event.source);
    if (frame) frame.style.height = height + "px";
  });

  function askForHeights() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      // A frame still showing about:blank (or another site) is not addressed: postMessage with
      // this origin as the target delivers only to a Chorus document.
      if (frames[i].src.indexOf(origin + "/") === 0 && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: "chorus:measure" }, origin);
      }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", askForHeights);
  else askForHeights();
})();
