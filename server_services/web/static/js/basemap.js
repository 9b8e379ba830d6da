// The base map under the situation: tiles from the origin's cache (/tiles/), the operator's source or the embedded
// map drawn from data on the server; the attribution of the one shown is always on the map.

import { api } from "./api.js";

/** Base map layers as the server offers them (the first is shown); one tile layer each, bottom of the map. */
export async function loadBasemaps() {
  let items;
  try {
    items = (await api("/basemap")).items;
  } catch {
    items = [];
  }
  return items.map((item, index) => {
    const layer = new ol.layer.Tile({
      className: `basemap-layer basemap-${item.id}`,
      visible: index === 0,
      preload: 1,
      source: new ol.source.XYZ({
        url: item.url,
        maxZoom: item.max_zoom,
        attributions: item.attribution ? [item.attribution] : undefined,
        crossOrigin: null,
      }),
    });
    layer.set("basemap", item);
    return layer;
  });
}

/** Shows the base map `id` only. */
export function chooseBasemap(layers, id) {
  for (const layer of layers) layer.setVisible(layer.get("basemap").id === id);
}
