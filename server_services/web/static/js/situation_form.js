// Creating or editing a situation: kind (first: real or exercise), title, description, start, and the area,
// drawn on a small map or taken from a plan's emergency planning zone. Editing sends the version it started
// from: a change made meanwhile by someone else is refused (409) instead of overwritten.

import { api } from "./api.js";
import { $, h, show } from "./dom.js";
import { brusselsToIso, codes, isoToBrussels, label, t, zoneName } from "./i18n.js";

const EXERCISE_KINDS = ["exercise", "test"];
const BELGIUM = [2.5, 49.45, 6.45, 51.55];

export class SituationForm {
  /** user: /api/me; id: the situation to edit, or null for a new one. */
  constructor(user, id) {
    this.user = user;
    this.id = id;
    this.situation = null;
    this.map = null;
    this.draw = null;
    this.listeners = [];
    this.plans = [];
  }

  listen(el, type, handler) {
    el.addEventListener(type, handler);
    this.listeners.push([el, type, handler]);
  }

  async open() {
    $("form-title").textContent = t(this.id ? "form.editTitle" : "form.newTitle");
    $("form-submit").textContent = t(this.id ? "form.save" : "form.create");
    $("form-starts-label").textContent = t("form.startsAt", { zone: zoneName() });
    $("form-back").href = this.id ? `#/situations/${this.id}` : "#/";
    $("form-cancel").href = $("form-back").href;
    show($("form-error"), false);
    $("situation-form").reset();
    if (this.id) {
      try {
        this.situation = await api(`/situations/${this.id}`);
      } catch (error) {
        this.fail(error.status === 404 ? t("situation.notFound") : error.message);
        return;
      }
      if (!this.situation.permissions.can_manage) {
        this.fail(t("form.notYours"));
        return;
      }
    } else if (!["coordinator", "admin"].includes(this.user.role)) {
      this.fail(t("form.onlyCoordinators"));
      return;
    }
    this.fill();
    this.setUpMap();
    this.loadPlans();
    this.listen($("form-exercise"), "change", () => this.fillKinds());
    this.listen($("situation-form"), "submit", (event) => { event.preventDefault(); this.submit(); });
    this.listen($("area-draw"), "click", () => this.startDrawing());
    this.listen($("area-clear"), "click", () => this.setArea(null));
    this.listen($("area-plan"), "change", () => this.takePlanZone());
  }

  fail(message) {
    const error = $("form-error");
    error.textContent = message;
    show(error, true);
    $("form-submit").disabled = true;
  }

  fill() {
    const s = this.situation;
    $("form-submit").disabled = false;
    $("form-exercise").checked = s ? s.is_exercise : false;
    $("form-exercise").disabled = Boolean(s); // the kind of a situation does not change
    this.fillKinds(s ? s.kind : "incident");
    $("form-kind").disabled = Boolean(s);
    $("form-title-input").value = s ? s.title : "";
    $("form-description").value = s ? s.description : "";
    $("form-starts").value = s ? isoToBrussels(s.starts_at) : "";
  }

  fillKinds(kind) {
    const exercise = $("form-exercise").checked;
    const allowed = codes("situation_kinds").filter((code) => EXERCISE_KINDS.includes(code) === exercise);
    const select = $("form-kind");
    const chosen = kind || select.value;
    select.replaceChildren(...allowed.map((code) => h("option", { value: code }, label("situation_kinds", code))));
    select.value = allowed.includes(chosen) ? chosen : allowed[0];
    $("view-form").classList.toggle("view--exercise", exercise);
  }

  // --- the area ---------------------------------------------------------------------------------------
  setUpMap() {
    if (typeof ol === "undefined") {
      $("area-state").textContent = t("map.libraryMissing");
      return;
    }
    this.areaSource = new ol.source.Vector();
    const style = new ol.style.Style({
      stroke: new ol.style.Stroke({ color: "#1b5ea8", width: 3 }),
      fill: new ol.style.Fill({ color: "rgba(27, 94, 168, 0.15)" }),
    });
    this.map = new ol.Map({
      target: $("area-map"),
      layers: [
        new ol.layer.Graticule({ strokeStyle: new ol.style.Stroke({ color: "rgba(80, 96, 112, 0.2)", width: 1 }),
          showLabels: false, wrapX: false }),
        new ol.layer.Vector({ source: this.areaSource, style }),
      ],
      view: new ol.View({ projection: "EPSG:3857", maxZoom: 18, minZoom: 5 }),
      controls: ol.control.defaults.defaults({ attribution: false, rotate: false }),
      keyboardEventTarget: $("area-map"),
    });
    const area = this.situation && this.situation.area;
    this.setArea(area, !area);
  }

  /** Shows `geometry` (GeoJSON in EPSG:4326, or null) as the area, and fits the map to it. */
  setArea(geometry, fitBelgium = false) {
    this.area = geometry || null;
    if (!this.map) return;
    this.areaSource.clear();
    const view = this.map.getView();
    if (geometry) {
      const feature = new ol.format.GeoJSON().readFeature({ type: "Feature", geometry, properties: {} },
        { dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });
      this.areaSource.addFeature(feature);
      view.fit(feature.getGeometry().getExtent(), { padding: [30, 30, 30, 30], maxZoom: 16 });
    } else if (fitBelgium || !view.getCenter()) {
      view.fit(ol.proj.transformExtent(BELGIUM, "EPSG:4326", "EPSG:3857"));
    }
    $("area-state").textContent = geometry ? t("form.areaSet") : t("form.noArea");
  }

  startDrawing() {
    if (!this.map) return;
    if (this.draw) this.map.removeInteraction(this.draw);
    this.draw = new ol.interaction.Draw({ source: new ol.source.Vector(), type: "Polygon" });
    this.draw.on("drawend", (event) => {
      const geometry = new ol.format.GeoJSON().writeGeometryObject(event.feature.getGeometry(),
        { dataProjection: "EPSG:4326", featureProjection: "EPSG:3857", decimals: 6 });
      this.map.removeInteraction(this.draw);
      this.draw = null;
      $("area-plan").value = "";
      this.setArea(geometry);
    });
    this.map.addInteraction(this.draw);
    $("area-state").textContent = t("form.drawing");
    $("area-map").focus();
  }

  async loadPlans() {
    const select = $("area-plan");
    select.replaceChildren(h("option", { value: "" }, t("form.noPlan")));
    try {
      this.plans = (await api("/plan-zones")).items;
    } catch {
      this.plans = [];
    }
    select.append(...this.plans.map((plan) => h("option", { value: plan.id }, `${plan.code} · ${plan.title}`)));
  }

  takePlanZone() {
    const plan = this.plans.find((p) => String(p.id) === $("area-plan").value);
    if (plan) this.setArea(plan.zone);
  }

  // --- saving -----------------------------------------------------------------------------------------
  body() {
    const body = {
      title: $("form-title-input").value.trim(),
      description: $("form-description").value,
    };
    const starts = brusselsToIso($("form-starts").value);
    if (starts) body.starts_at = starts;
    if (this.situation) {
      body.version = this.situation.version;
      if (this.area !== this.situation.area) body.area = this.area;
    } else {
      body.kind = $("form-kind").value;
      if (this.area) body.area = this.area;
    }
    return body;
  }

  async submit() {
    const error = $("form-error");
    show(error, false);
    const body = this.body();
    if (body.title.length < 3) {
      error.textContent = t("form.titleTooShort");
      show(error, true);
      $("form-title-input").focus();
      return;
    }
    const button = $("form-submit");
    button.disabled = true;
    try {
      const saved = this.situation
        ? await api(`/situations/${this.id}`, { method: "PATCH", body })
        : await api("/situations", { method: "POST", body });
      location.hash = `#/situations/${saved.id}`;
    } catch (err) {
      const fields = err.details && err.details.fields ? Object.entries(err.details.fields)
        .map(([name, text]) => `${name}: ${text}`).join("; ") : "";
      error.textContent = [err.status === 409 ? t("form.changedMeanwhile") : err.message, fields]
        .filter(Boolean).join(" ");
      show(error, true);
    } finally {
      button.disabled = false;
    }
  }

  destroy() {
    for (const [el, type, handler] of this.listeners) el.removeEventListener(type, handler);
    this.listeners = [];
    if (this.map) this.map.setTarget(null);
    this.map = null;
    $("view-form").classList.remove("view--exercise");
  }
}
