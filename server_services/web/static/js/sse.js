// Server-sent events read with fetch(): EventSource cannot send the Authorization header.
// Parses `id:` / `event:` / `data:` / `retry:` lines, reconnects with Last-Event-ID after a drop.

import { authHeaders } from "./api.js";

const MAX_DELAY_MS = 30000;

/** Splits a text stream into events; `push` takes decoded text, calls onEvent({id, event, data}). */
export class EventParser {
  constructor(onEvent, onRetry = () => {}) {
    this.onEvent = onEvent;
    this.onRetry = onRetry;
    this.buffer = "";
    this.reset();
  }

  reset() {
    this.data = [];
    this.event = "";
    this.id = null;
  }

  push(text) {
    this.buffer += text;
    let newline;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith("\r\n", newline) ? 2 : 1;
      if (this.buffer[newline] === "\r" && width === 1 && newline === this.buffer.length - 1) {
        break; // a lone \r at the end may be the first half of \r\n: wait for more
      }
      this.buffer = this.buffer.slice(newline + width);
      this.line(line);
    }
  }

  line(line) {
    if (line === "") {
      if (this.data.length) {
        this.onEvent({ id: this.id, event: this.event || "message", data: this.data.join("\n") });
      }
      this.reset();
      return;
    }
    if (line.startsWith(":")) return; // a comment (heartbeat)
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.data.push(value);
    else if (field === "event") this.event = value;
    else if (field === "id" && !value.includes("\0")) this.id = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.onRetry(Number(value));
  }
}

/**
 * Follows `url` until stop() is called. Callbacks: onEvent({id, event, data}), onState("connecting" |
 * "live" | "reconnecting" | "closed"), onFatal(status) for 401/403/404 (no reconnect then).
 */
export function followStream(url, { lastEventId = null, onEvent, onState = () => {}, onFatal = () => {} }) {
  let lastId = lastEventId;
  let retryMs = 3000;
  let failures = 0;
  let stopped = false;
  let controller = null;
  let timer = null;

  async function connect() {
    if (stopped) return;
    controller = new AbortController();
    onState(failures ? "reconnecting" : "connecting");
    const headers = authHeaders({ Accept: "text/event-stream", "Cache-Control": "no-cache" });
    if (lastId !== null && lastId !== undefined) headers["Last-Event-ID"] = String(lastId);
    try {
      const response = await fetch(url, { headers, signal: controller.signal, cache: "no-store" });
      if ([401, 403, 404].includes(response.status)) {
        stopped = true;
        onState("closed");
        onFatal(response.status);
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      onState("live");
      failures = 0;
      const parser = new EventParser((event) => {
        if (event.id !== null) lastId = event.id;
        onEvent(event);
      }, (ms) => { retryMs = ms; });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(value);
      }
      throw new Error("stream ended");
    } catch (error) {
      if (stopped) return;
      failures += 1;
      onState("reconnecting");
      // Back off after repeated failures, so a restarting server is not hammered.
      const delay = Math.min(MAX_DELAY_MS, retryMs * Math.min(2 ** (failures - 1), 8));
      timer = setTimeout(connect, delay * (0.8 + Math.random() * 0.4));
    }
  }

  connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (controller) controller.abort();
      onState("closed");
    },
    get lastEventId() {
      return lastId;
    },
  };
}
