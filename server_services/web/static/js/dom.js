// Small DOM and formatting helpers: elements are built with textContent, never from HTML strings.

import { fullTime, shortTime } from "./i18n.js";

/** h("li", {class: "x", dataset: {id: 1}, onclick: fn}, child, "text", ...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") el.className = value;
    else if (name === "dataset") Object.assign(el.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export const $ = (id) => document.getElementById(id);

export function show(el, visible = true) {
  el.hidden = !visible;
}

// Times are on the Brussels clock, in the page's language (i18n.js).
export { fullTime, shortTime };

/** A <time> element showing the short form, the full date as a tooltip. */
export function timeElement(iso) {
  return h("time", { datetime: iso, title: fullTime(iso) }, shortTime(iso));
}

export function randomKey() {
  // crypto.randomUUID needs a secure context; the closed network may serve plain http.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
