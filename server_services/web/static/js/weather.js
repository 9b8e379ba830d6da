// The latest weather observation of a situation: wind as an arrow pointing downwind (where a plume goes).

import { api } from "./api.js";
import { $, h, shortTime, show } from "./dom.js";
import { t } from "./i18n.js";

const REFRESH_MS = 60000;

export function compassPoint(degrees) {
  const points = t("compass");
  return points[Math.round((((degrees % 360) + 360) % 360) / 22.5) % 16];
}

function fact(label, value) {
  return value === null || value === undefined ? [] : [h("dt", {}, label), h("dd", {}, value)];
}

export function renderWeather(observation) {
  const box = $("weather");
  if (!observation) {
    show(box, false);
    return;
  }
  const from = observation.wind_from_deg;
  const hasWind = from !== null && from !== undefined;
  $("weather-arrow").style.display = hasWind ? "" : "none";
  if (hasWind) {
    const to = (from + 180) % 360;
    $("weather-arrow-needle").setAttribute("transform", `rotate(${to})`);
    $("weather-arrow-label").textContent = t("windArrow", {
      dir: compassPoint(from), deg: Math.round(from), to: compassPoint(to),
    });
  }
  const speed = observation.wind_speed_ms;
  $("weather-facts").replaceChildren(
    ...fact(t("windFrom"), hasWind ? `${compassPoint(from)} ${Math.round(from)}°` : null),
    ...fact(t("windSpeed"), speed === null || speed === undefined ? null
      : `${speed.toFixed(1)} m/s · ${Math.round(speed * 3.6)} km/h`),
    ...fact(t("temperature"), observation.temperature_c === null || observation.temperature_c === undefined
      ? null : `${observation.temperature_c.toFixed(1)} °C`),
    ...fact(t("stability"), observation.stability_class),
  );
  $("weather-source").textContent = [t("observedAt", { time: shortTime(observation.observed_at) }),
    observation.source].filter(Boolean).join(" · ");
  show(box, true);
}

/** Shows the situation's latest observation and keeps it fresh; returns a stop function. */
export function followWeather(situationId) {
  let stopped = false;
  async function load() {
    try {
      const body = await api(`/situations/${situationId}/weather?limit=1`);
      if (!stopped) renderWeather((body.items || [])[0] || null);
    } catch {
      // weather is a help, not a blocker: the box keeps its last value
    }
  }
  load();
  const timer = setInterval(() => { if (!document.hidden) load(); }, REFRESH_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
