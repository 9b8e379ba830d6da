// The latest weather observation of a situation: wind as an arrow pointing downwind (where a plume goes).

import { api } from "./api.js";
import { $, h, shortTime, show } from "./dom.js";
import { formatNumber, label, t } from "./i18n.js";

const REFRESH_MS = 60000;
const NARROW = "(max-width: 900px)"; // on a phone the card starts folded: the map comes first

export function compassPoint(degrees) {
  const points = t("weather.compass");
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
    $("weather-arrow-label").textContent = t("weather.arrow", {
      dir: compassPoint(from), deg: Math.round(from), to: compassPoint(to),
    });
  }
  const speed = observation.wind_speed_ms;
  const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const speedText = speed === null || speed === undefined ? null
    : `${formatNumber(speed, one)} m/s · ${formatNumber(Math.round(speed * 3.6))} km/h`;
  $("weather-facts").replaceChildren(
    ...fact(t("weather.windFrom"), hasWind ? `${compassPoint(from)} ${formatNumber(Math.round(from))}°` : null),
    ...fact(t("weather.windSpeed"), speedText),
    ...fact(t("weather.temperature"), observation.temperature_c === null || observation.temperature_c === undefined
      ? null : `${formatNumber(observation.temperature_c, one)} °C`),
    ...fact(t("weather.stability"), observation.stability_class && label("stability_classes", observation.stability_class)),
  );
  $("weather-summary").textContent = hasWind ? `${compassPoint(from)} ${speedText || ""}`.trim() : "";
  $("weather-source").textContent = [t("weather.observedAt", { time: shortTime(observation.observed_at) }),
    observation.source].filter(Boolean).join(" · ");
  show(box, true);
}

function fold(open) {
  $("weather-toggle").setAttribute("aria-expanded", String(open));
  show($("weather-body"), open);
  $("weather").classList.toggle("weather--folded", !open);
}

/** Shows the situation's latest observation and keeps it fresh; returns a stop function. */
export function followWeather(situationId) {
  let stopped = false;
  fold(!window.matchMedia(NARROW).matches);
  const toggle = () => fold($("weather-toggle").getAttribute("aria-expanded") !== "true");
  $("weather-toggle").addEventListener("click", toggle);
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
    $("weather-toggle").removeEventListener("click", toggle);
  };
}
