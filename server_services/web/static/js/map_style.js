// How the situation's layers look: the same colours, pictograms and wind arrow as the QGIS styles (styles/).

import { api } from "./api.js";

export const PRIORITY_COLOURS = { info: "#1b5ea8", important: "#d68a00", urgent: "#b3261e" };
const OUTLINE_KINDS = new Set(["emergency_planning_zone", "traffic_diversion"]);
const HATCHED_KINDS = new Set(["intervention_zone", "evacuation", "sheltering"]);
const ZONE_FILL_OPACITY = 0.4; // styles/definitions.py ZONE_FILL_OPACITY

let kinds = null;

/** The anchor and perimeter kinds with labels in the user's language, colours and pictograms (loaded once). */
export function loadKinds() {
  if (!kinds) {
    kinds = Promise.all([api("/reference/anchor-kinds"), api("/reference/perimeter-kinds")])
      .then(([anchors, perimeters]) => ({ anchors: anchors.items, perimeters: perimeters.items }))
      .catch((error) => {
        kinds = null;
        throw error;
      });
  }
  return kinds;
}

export function kindLabel(item) {
  const lang = document.documentElement.lang || "en";
  return (item.labels && (item.labels[lang] || item.labels.en)) || item.label_en || item.code;
}

export function pictogramUrl(code) {
  return `/web/pictograms/${encodeURIComponent(code)}.svg`;
}

function rgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function darker(hex) {
  // QColor.darker(125): each channel divided by 1.25
  const n = parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round(v / 1.25));
  return `rgb(${c.join(", ")})`;
}

const cache = new Map();
function cached(key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}

function labelText(text, offsetY = 0, polygon = false) {
  return new ol.style.Text({
    text, offsetY, font: "600 12px system-ui, sans-serif", overflow: polygon,
    fill: new ol.style.Fill({ color: "#14233a" }),
    stroke: new ol.style.Stroke({ color: "rgba(255,255,255,0.92)", width: 3 }),
  });
}

export function anchorStyle(feature, resolution, highlighted = false) {
  const kind = feature.get("kind");
  const status = feature.get("status");
  const icon = cached(`a:${kind}:${status}`, () => new ol.style.Icon({
    src: pictogramUrl(kind), width: 24, height: 24, opacity: status === "inactive" ? 0.45 : status === "planned" ? 0.7 : 1,
  }));
  const styles = [new ol.style.Style({ image: icon, zIndex: 2 })];
  if (highlighted) {
    styles.unshift(new ol.style.Style({ image: new ol.style.Circle({
      radius: 17, stroke: new ol.style.Stroke({ color: "#1b5ea8", width: 3 }),
      fill: new ol.style.Fill({ color: "rgba(255,255,255,0.6)" }) }) }));
  }
  if (feature.get("label") && resolution < 40) styles.push(new ol.style.Style({ text: labelText(feature.get("label"), 22) }));
  return styles;
}

export function perimeterStyle(colours) {
  return (feature, resolution, highlighted = false) => {
    const kind = feature.get("kind");
    const colour = colours.get(kind) || { fill: "#888888", order: 0 };
    const outline = OUTLINE_KINDS.has(kind);
    const style = cached(`p:${kind}:${highlighted}`, () => new ol.style.Style({
      // An outline's transparent fill still answers a click anywhere inside it (hit detection draws it).
      fill: new ol.style.Fill({ color: outline ? "rgba(0, 0, 0, 0)"
        : rgba(colour.fill, HATCHED_KINDS.has(kind) ? 0.18 : ZONE_FILL_OPACITY) }),
      stroke: new ol.style.Stroke({
        color: highlighted ? "#14233a" : darker(colour.fill), width: highlighted ? 3 : outline ? 2.5 : 1.6,
        lineDash: kind === "emergency_planning_zone" ? [10, 6] : kind === "traffic_diversion" ? [2, 5] : undefined,
      }),
      zIndex: colour.order,
    }));
    if (!feature.get("label") || resolution > 60) return style;
    return [style, new ol.style.Style({ text: labelText(feature.get("label"), 0, true), zIndex: colour.order })];
  };
}

export function feedStyle(feature, resolution, highlighted = false) {
  const priority = feature.get("priority");
  return cached(`f:${priority}:${highlighted}`, () => new ol.style.Style({
    image: new ol.style.Circle({
      radius: highlighted ? 10 : 6, fill: new ol.style.Fill({ color: PRIORITY_COLOURS[priority] || "#1b5ea8" }),
      stroke: new ol.style.Stroke({ color: highlighted ? "#ffd92f" : "#fff", width: highlighted ? 4 : 2 }),
    }),
    zIndex: highlighted ? 5 : 3,
  }));
}

export function weatherStyle(feature) {
  const from = feature.get("wind_from_deg");
  if (from === null || from === undefined) return null;
  const downwind = ((Number(from) + 180) % 360) * Math.PI / 180;
  return cached(`w:${Math.round(from)}`, () => new ol.style.Style({
    image: new ol.style.Icon({ src: "/web/symbols/wind_arrow.svg", width: 30, height: 30, rotation: downwind,
      rotateWithView: true }),
  }));
}

export const planZoneStyle = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: "#7b3294", width: 2, lineDash: [10, 6] }),
  fill: new ol.style.Fill({ color: "rgba(123, 50, 148, 0.04)" }),
});

export const areaStyle = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: "rgba(20, 35, 58, 0.55)", width: 1.5, lineDash: [6, 4] }),
  fill: new ol.style.Fill({ color: "rgba(0, 0, 0, 0)" }),
});

/** kind code -> {fill, order} from the reference list. */
export function perimeterColours(perimeterKinds) {
  return new Map(perimeterKinds.map((k) => [k.code, { fill: k.fill_colour, order: k.draw_order }]));
}

export { OUTLINE_KINDS, HATCHED_KINDS, rgba, darker };
