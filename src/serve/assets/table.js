// The tables' page: what a phone needs in a room. No words here: they come
// from the page's data attributes (French or English, from the laptop).
// - What is typed stays in the phone (localStorage) until it is sent.
// - A post-it waits in the phone's outbox until the laptop says it is on
//   disk; each carries an id made here, so a resend is never a second one.
// - The board and the clock come live from the laptop (server-sent events);
//   the minutes left are counted down here, without asking the laptop.
(function () {
  "use strict";
  var body = document.body;
  var key = body.dataset.key;
  if (!key || !window.fetch) return;
  var t = body.dataset;
  var form = document.getElementById("add");
  var text = document.getElementById("text");
  var status = document.getElementById("status");
  var outbox = document.getElementById("outbox");
  var store = window.localStorage;
  var draftKey = "tablee-draft-" + key;
  // This phone's id: during time alone, its post-its stay private to it.
  var boxKey = "tablee-outbox-" + key;

  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) {
      return (x + 0x100).toString(16).slice(1);
    }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" +
      h.slice(16, 20) + "-" + h.slice(20);
  }

  var phone = store.getItem("tablee-phone");
  if (!phone) { phone = uuid(); store.setItem("tablee-phone", phone); }

  function load() {
    try { return JSON.parse(store.getItem(boxKey) || "[]"); } catch (e) { return []; }
  }
  function save(box) { store.setItem(boxKey, JSON.stringify(box)); }

  function say(msg, offline) {
    status.textContent = msg;
    status.className = offline ? "offline" : "";
  }

  function showOutbox() {
    var box = load();
    var ul = outbox.querySelector("ul");
    ul.textContent = "";
    box.forEach(function (p) {
      var li = document.createElement("li");
      li.textContent = p.text;
      ul.appendChild(li);
    });
    outbox.hidden = box.length === 0;
  }

  // The draft survives a reload, a lock screen, a lost tab.
  if (text) {
    text.value = store.getItem(draftKey) || "";
    text.addEventListener("input", function () { store.setItem(draftKey, text.value); });
  }

  var sending = false;
  var retry = null;
  function flush() {
    if (sending) return;
    var box = load();
    if (box.length === 0) return;
    sending = true;
    var p = box[0];
    var data = new URLSearchParams({ id: p.id, column: p.column, text: p.text, phone: phone });
    fetch("/t/" + key + "/note", {
      method: "POST",
      headers: { "X-Tablee": "1" },
      body: data
    }).then(function (r) {
      return r.text().then(function (said) { return { ok: r.ok, code: r.status, said: said }; });
    }).then(function (r) {
      sending = false;
      if (r.ok || (r.code >= 400 && r.code < 500 && r.code !== 408 && r.code !== 429)) {
        // On the laptop's disk, or refused for good (said why): out of the
        // outbox; a refused text goes back in the box to be fixed.
        save(load().filter(function (q) { return q.id !== p.id; }));
        if (!r.ok && text && !text.value) { text.value = p.text; store.setItem(draftKey, p.text); }
        say(r.ok ? t.saved : r.said, !r.ok);
        showOutbox();
        flush();
      } else {
        later();
      }
    }).catch(function () {
      sending = false;
      later();
    });
  }
  function later() {
    var n = load().length;
    say(t.offline + " (" + n + " " + t.waiting + ")", true);
    showOutbox();
    clearTimeout(retry);
    retry = setTimeout(flush, 3000);
  }
  window.addEventListener("online", flush);

  if (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var value = text.value.trim();
      if (!value) { text.focus(); return; }
      var col = form.querySelector("input[name=column]:checked") ||
        form.querySelector("input[name=column]");
      var box = load();
      box.push({ id: uuid(), column: col ? col.value : "0", text: value });
      save(box);
      text.value = "";
      store.removeItem(draftKey);
      say(t.sending, false);
      showOutbox();
      text.focus();
      flush();
    });
  }

  // Dots and sharing one's own post-its, without leaving the page.
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("form.vote button, form.share button");
    if (!b) return;
    ev.preventDefault();
    var f = b.form;
    var data = f.classList.contains("share")
      ? new URLSearchParams({ phone: phone })
      : new URLSearchParams({ note: f.elements.note.value, delta: b.value });
    fetch(f.action, { method: "POST", headers: { "X-Tablee": "1" }, body: data })
      .then(function (r) { return r.text().then(function (s) { if (!r.ok) say(s, true); }); })
      .catch(function () { say(t.offline, true); });
  });

  // The clock, counted down here between two news from the laptop.
  function tick() {
    var c = document.getElementById("clock");
    if (!c || c.dataset.state !== "running" || !c.dataset.end) return;
    var left = Math.round((Number(c.dataset.end) - Date.now()) / 1000);
    var el = c.querySelector(".left");
    if (!el) return;
    if (left >= 60) el.textContent = Math.ceil(left / 60) + " min " + t.left;
    else if (left >= 0) el.textContent = "0:" + String(left).padStart(2, "0") + " " + t.left;
    else el.textContent = t.over + " " + Math.ceil(-left / 60) + " min";
  }
  setInterval(tick, 1000);

  // The live board: replaced whole on each change, focus kept.
  if (window.EventSource) {
    var live = new EventSource("/t/" + key + "/live?phone=" + encodeURIComponent(phone));
    live.addEventListener("board", function (ev) {
      var board = document.getElementById("board");
      var a = document.activeElement;
      var li = a && a.closest && a.closest("li[id]");
      var again = li ? { li: li.id, delta: a.value } : null;
      board.innerHTML = ev.data;
      if (again) {
        var back = document.getElementById(again.li);
        var btn = back && back.querySelector("button[value='" + again.delta + "']");
        if (btn) btn.focus();
      }
    });
    live.addEventListener("clock", function (ev) {
      var c = document.getElementById("clock");
      if (c) { c.outerHTML = ev.data; tick(); }
    });
    live.addEventListener("open", flush);
  }

  showOutbox();
  flush();
})();
