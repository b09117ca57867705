"use client";

import { useEffect } from "react";
import { MEASURE_MESSAGE, RESIZE_MESSAGE } from "@/lib/embed/resize-protocol";

/**
 * Tells the page that frames the widget how tall its content is, on load and on every change
 * (the form's success and error states, a live count that wraps, fonts, a narrower frame), so
 * public/embed.js can size the frame to fit. Only the height crosses to the other site.
 */
export function ResizeReporter({ targetId }: { targetId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target || window.parent === window) return;
    let reported = -1;
    const report = (force = false) => {
      const height = Math.ceil(target.getBoundingClientRect().height);
      if (height === reported && !force) return;
      reported = height;
      // Any page may frame the widget, and a height is no secret: sent to whichever page it is.
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(() => report());
    observer.observe(target);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && event.data?.type === MEASURE_MESSAGE) report(true);
    };
    window.addEventListener("message", onMessage);
    report();
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
    };
  }, [targetId]);
  return null;
}
