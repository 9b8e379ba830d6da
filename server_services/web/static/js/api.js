// Talking to the service API: the bearer token (kept in sessionStorage), JSON requests, typed errors. Every
// request names the page's language, so the API's error messages come in it.

import { language } from "./i18n.js";

const TOKEN_KEY = "crisis.token";
const USER_KEY = "crisis.user";

export class ApiError extends Error {
  constructor(status, code, message, details = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  get user() {
    try {
      return JSON.parse(sessionStorage.getItem(USER_KEY) || "null");
    } catch {
      return null;
    }
  },
  /** Keeps the user as /api/me answers it now (e.g. after a change of language). */
  update(user) {
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  save(token, user) {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
  },
};

/** Headers that authenticate a request made with fetch() (API, OGC front, live feed). */
export function authHeaders(extra = {}) {
  const headers = { "Accept-Language": language(), ...extra };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  return headers;
}

/** Called when the server no longer accepts the token (expired, revoked). */
let onUnauthorized = () => {};
export function whenUnauthorized(callback) {
  onUnauthorized = callback;
}

export async function errorFrom(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy's page): the status says enough
  }
  const error = body && body.error ? body.error : {};
  return new ApiError(response.status, error.code || `http_${response.status}`,
    error.message || response.statusText || `HTTP ${response.status}`, error.details || {});
}

/** fetch() with the token; 401 ends the session. Returns the Response (ok or not). */
export async function authFetch(url, options = {}) {
  const response = await fetch(url, { ...options, headers: authHeaders(options.headers || {}) });
  if (response.status === 401 && session.token) {
    onUnauthorized();
  }
  return response;
}

/** A JSON request to /api (a FormData body goes as multipart); resolves to the decoded body, rejects with
 * ApiError. */
export async function api(path, { method = "GET", body, headers = {}, signal } = {}) {
  const options = { method, headers: { Accept: "application/json", ...headers }, signal };
  if (body instanceof FormData) {
    options.body = body; // the browser writes the multipart Content-Type with its boundary
  } else if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await authFetch(`/api${path}`, options);
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "network", error.message);
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return null;
  return response.json();
}

export async function login(email, password) {
  const response = await fetch("/api/auth/login", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": language() },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw await errorFrom(response);
  const body = await response.json();
  session.save(body.token, body.user);
  return body.user;
}

export async function logout() {
  try {
    if (session.token) await api("/auth/logout", { method: "POST" });
  } catch {
    // the token may already be gone; leaving the page logged out is what matters
  } finally {
    session.clear();
  }
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
