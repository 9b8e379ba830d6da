// The situation's map data: each layer as GeoJSON from /api (built by PostGIS), kept current by the live stream.

import { api } from "./api.js";

export const LAYERS = ["plan_zones", "perimeters", "weather", "feed_entries", "anchors"]; // bottom to top
export const EDITABLE = new Set(["anchors", "perimeters"]);

const format = new ol.format.GeoJSON({ featureProjection: "EPSG:3857", dataProjection: "EPSG:4326" });

export function readFeature(geojson) {
  return format.readFeature(geojson);
}

export function writeGeometry(geometry) {
  return format.writeGeometryObject(geometry, { decimals: 7 });
}

export class MapData {
  constructor(situationId) {
    this.situationId = situationId;
    this.sources = Object.fromEntries(LAYERS.map((name) => [name, new ol.source.Vector()]));
    this.authors = new Map(); // user id -> {name, organisation}
    this.cursor = 0; // the last map change the layers include
    this.listeners = [];
  }

  /** Loads every layer (in parallel); resolves to the map change cursor the editable layers were read at. */
  async load(signal) {
    const answers = await Promise.all(LAYERS.map((name) =>
      api(`/situations/${this.situationId}/map/${name}`, { signal }).then((body) => [name, body])));
    let cursor = null;
    for (const [name, body] of answers) {
      this.fill(name, body);
      if (body.cursor !== undefined) cursor = cursor === null ? body.cursor : Math.min(cursor, body.cursor);
    }
    this.cursor = cursor || 0;
    return this.cursor;
  }

  /** Reads one layer again (the plan zones after an activation); resolves once its features are in place. */
  async reload(name, signal) {
    this.fill(name, await api(`/situations/${this.situationId}/map/${name}`, { signal }));
  }

  /** A layer's features (and their authors) as an answer of /map/<layer> gives them, in place of what it held. */
  fill(name, body) {
    for (const [id, who] of Object.entries(body.authors || {})) this.authors.set(Number(id), who);
    this.sources[name].clear(true);
    this.sources[name].addFeatures(body.features.map(readFeature));
  }

  author(feature) {
    const who = feature.get("updated_by");
    return who && typeof who === "object" ? who : this.authors.get(who) || null;
  }

  find(layer, id) {
    return this.sources[layer].getFeatureById(`${layer}.${id}`);
  }

  /** Puts a feature as the server now has it (an answer to a write, or a live change) in its layer. */
  put(layer, geojson) {
    const incoming = readFeature(geojson);
    const who = incoming.get("updated_by");
    if (who && typeof who === "object") this.authors.set(who.id, who);
    const known = this.sources[layer].getFeatureById(incoming.getId());
    if (known && known.get("version") > incoming.get("version")) return known; // an older state arrives late
    if (known) {
      known.setGeometry(incoming.getGeometry());
      known.setProperties(incoming.getProperties());
      this.emit(layer, known, "changed");
      return known;
    }
    this.sources[layer].addFeature(incoming);
    this.emit(layer, incoming, "added");
    return incoming;
  }

  remove(layer, id) {
    const known = this.find(layer, id);
    if (known) {
      this.sources[layer].removeFeature(known);
      this.emit(layer, known, "removed");
    }
  }

  /** A map_change event of the live stream (sql/040): the feature as it is now, or gone. */
  apply(change) {
    if (change.situation_id !== this.situationId || !EDITABLE.has(change.layer)) return;
    this.cursor = Math.max(this.cursor, change.change);
    if (change.changed_by) this.authors.set(change.changed_by.id, change.changed_by);
    if (change.feature) this.put(change.layer, change.feature);
    else this.remove(change.layer, change.id);
  }

  /** A located logbook entry posted or received live. */
  addEntry(entry) {
    if (!entry.location || this.find("feed_entries", entry.id)) return;
    this.sources.feed_entries.addFeature(readFeature({
      type: "Feature", id: `feed_entries.${entry.id}`, geometry: entry.location,
      properties: { layer: "feed_entries", id: entry.id, channel: entry.channel, priority: entry.priority,
        body: entry.body, created_at: entry.created_at, author: entry.author && entry.author.display_name,
        organisation: entry.organisation && entry.organisation.name },
    }));
  }

  onChange(listener) {
    this.listeners.push(listener);
  }

  emit(layer, feature, what) {
    for (const listener of this.listeners) listener(layer, feature, what);
  }
}
