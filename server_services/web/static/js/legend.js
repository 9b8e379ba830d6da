// The legend and layer control: base map choice, each layer with its symbols (the QGIS styles' pictograms and
// colours), toggles for every layer and for each kind of anchor.

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { HATCHED_KINDS, OUTLINE_KINDS, PRIORITY_COLOURS, darker, kindLabel, pictogramUrl, rgba } from "./map_style.js";

// Colours set through the CSSOM: the page's policy refuses style attributes.
function swatch(kind) {
  const outline = OUTLINE_KINDS.has(kind.code);
  const el = h("span", { class: "legend__swatch" });
  el.style.background = outline ? "transparent" : rgba(kind.fill_colour, HATCHED_KINDS.has(kind.code) ? 0.18 : 0.4);
  el.style.borderColor = darker(kind.fill_colour);
  el.style.borderStyle = outline ? "dashed" : "solid";
  return el;
}

function dot(colour) {
  const el = h("span", { class: "legend__dot" });
  el.style.background = colour;
  return el;
}

function toggle(label, checked, onChange, symbol = null, extra = {}, layer = null) {
  const input = h("input", { type: "checkbox", ...extra });
  input.checked = checked;
  // A layer shown or hidden elsewhere (the Plans panel's zones box) ticks or unticks its box here too.
  if (layer) layer.on("change:visible", () => { input.checked = layer.getVisible(); });
  input.addEventListener("change", () => onChange(input.checked));
  return h("label", { class: "legend__item" }, input, symbol, h("span", {}, label));
}

/**
 * Builds the legend into `container`. layers: {name: ol layer}; basemaps: [tile layers]; kinds: reference lists;
 * hiddenKinds: Set of anchor kinds not drawn (the anchors' style reads it), changed() redraws them.
 */
export function buildLegend(container, { layers, basemaps, kinds, hiddenKinds, changed, onBasemap }) {
  const sections = [];
  if (basemaps.length > 1) {
    sections.push(h("fieldset", { class: "legend__section" }, h("legend", {}, t("map.basemap")),
      basemaps.map((layer, index) => {
        const item = layer.get("basemap");
        const input = h("input", { type: "radio", name: "basemap", value: item.id });
        input.checked = index === 0;
        input.addEventListener("change", () => onBasemap(item.id));
        return h("label", { class: "legend__item" }, input, h("span", {}, item.title));
      })));
  }
  const visibility = (name) => (on) => layers[name].setVisible(on);
  sections.push(h("fieldset", { class: "legend__section" }, h("legend", {}, t("map.layers")),
    toggle(t("map.layerPerimeters"), true, visibility("perimeters")),
    h("ul", { class: "legend__kinds" }, kinds.perimeters.map((kind) =>
      h("li", {}, swatch(kind), h("span", {}, kindLabel(kind))))),
    toggle(t("map.layerPlanZones"), layers.plan_zones.getVisible(), visibility("plan_zones"),
      h("span", { class: "legend__swatch legend__swatch--plan" }), {}, layers.plan_zones),
    toggle(t("map.layerFeed"), true, visibility("feed_entries"),
      dot(PRIORITY_COLOURS.urgent)),
    toggle(t("map.layerWeather"), true, visibility("weather"),
      h("img", { src: "/web/symbols/wind_arrow.svg", alt: "", width: 18, height: 18 })),
    toggle(t("map.layerArea"), true, visibility("area"), h("span", { class: "legend__swatch legend__swatch--area" }))));
  const anchors = h("fieldset", { class: "legend__section legend__anchors" }, h("legend", {}, t("map.layerAnchors")),
    toggle(t("map.allKinds"), true, (on) => {
      layers.anchors.setVisible(on);
      for (const box of anchors.querySelectorAll("input[data-kind]")) box.disabled = !on;
    }),
    kinds.anchors.map((kind) => toggle(kindLabel(kind), !hiddenKinds.has(kind.code), (on) => {
      if (on) hiddenKinds.delete(kind.code);
      else hiddenKinds.add(kind.code);
      changed();
    }, h("img", { src: pictogramUrl(kind.code), alt: "", width: 20, height: 20 }), { "data-kind": kind.code })));
  sections.push(anchors);
  container.replaceChildren(...sections);
}
