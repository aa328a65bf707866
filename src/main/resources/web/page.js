'use strict';
// Whatever goes wrong, the page says so instead of staying blank.
window.addEventListener('error', event => {
  const message = document.getElementById('message');
  message.hidden = false;
  message.textContent = 'This page could not be drawn: ' + event.message;
});
// The page of a case exported by Diplomap. Every position comes placed in the file (the same composition as the
// window's pictures); this script only finds which ties are active on a day and draws them.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  // As Diplomap's pictures: above this many ties drawn, thin lines without arrowheads.
  const DENSE_TIES = 3000;
  // A day's active set is a keyframe plus at most this many changes replayed.
  const KEYFRAME_EVERY = 1024;
  const NARRATIVE = 0, TIE_START = 1, TIE_END = 2;
  const $ = id => document.getElementById(id);

  const data = JSON.parse($('data').textContent);
  const types = data.types;
  const states = data.states;
  const ties = data.ties;
  const tieCount = ties.from.length;
  const layoutCodes = data.layouts.map(l => l.code);

  // ---- Dates: a day is counted from 1970-01-01, as Diplomap counts them; partial dates stand for their first day.
  const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  function dayOf(text) {
    const m = DATE.exec(text);
    if (!m) return NaN;
    const date = new Date(0);
    const month = m[2] ? Number(m[2]) : 1, day = m[3] ? Number(m[3]) : 1;
    date.setUTCFullYear(Number(m[1]), month - 1, day);
    // The Date object rolls 2023-02-30 over into March: such a text is no day of the calendar.
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN;
    return Math.round(date.getTime() / 864e5);
  }
  function textOf(day) {
    return new Date(day * 864e5).toISOString().slice(0, 10);
  }
  const openEnded = text => text == null ? Infinity : dayOf(text);

  // ---- The index, built once: every event (narrative, tie start, tie end) sorted as Diplomap sorts them (by day,
  // narrative first, then starts, then ends, each kind in the file's order), and keyframes of the active ties.
  const tieStart = Float64Array.from(ties.start, dayOf);
  const tieEnd = Float64Array.from(ties.end, openEnded);
  const stateStart = Float64Array.from(states, s => s.start == null ? -Infinity : dayOf(s.start));
  const stateEnd = Float64Array.from(states, s => openEnded(s.end));

  const DAY_OFFSET = 1e6, SEQ = 2 ** 21; // one key per event: (day, kind, position) packed in a double
  const keyOf = (day, kind, seq) => ((day + DAY_OFFSET) * 4 + kind) * SEQ + seq;
  let endCount = 0;
  for (let i = 0; i < tieCount; i++) if (tieEnd[i] !== Infinity) endCount++;
  const keys = new Float64Array(data.events.length + tieCount + endCount);
  let k = 0;
  data.events.forEach((e, i) => { keys[k++] = keyOf(dayOf(e.date), NARRATIVE, i); });
  for (let i = 0; i < tieCount; i++) {
    keys[k++] = keyOf(tieStart[i], TIE_START, i);
    if (tieEnd[i] !== Infinity) keys[k++] = keyOf(tieEnd[i], TIE_END, i);
  }
  keys.sort();
  const eventCount = keys.length;
  const eventDay = new Int32Array(eventCount), eventKind = new Uint8Array(eventCount);
  const eventRef = new Int32Array(eventCount);
  const changeDay = new Int32Array(tieCount + endCount), changeTie = new Int32Array(tieCount + endCount);
  let changes = 0;
  for (let e = 0; e < eventCount; e++) {
    const kindAndDay = Math.floor(keys[e] / SEQ);
    eventRef[e] = keys[e] - kindAndDay * SEQ;
    eventKind[e] = kindAndDay % 4;
    eventDay[e] = Math.floor(kindAndDay / 4) - DAY_OFFSET;
    if (eventKind[e] !== NARRATIVE) {
      changeDay[changes] = eventDay[e];
      changeTie[changes++] = eventRef[e];
    }
  }
  const words = (tieCount + 31) >>> 5;
  const flip = (bits, i) => { bits[i >>> 5] ^= 1 << (i & 31); };
  const keyframes = [];
  {
    const active = new Uint32Array(words);
    for (let c = 0; c <= changes; c++) {
      if (c % KEYFRAME_EVERY === 0) keyframes.push(active.slice());
      if (c < changes) flip(active, changeTie[c]);
    }
  }
  // A tie starting and ending on one day toggles twice: not active, as a half-open period says.
  function activeOn(day) {
    const n = upperBound(changeDay, changes, day);
    const frame = Math.floor(n / KEYFRAME_EVERY);
    const active = keyframes[frame].slice();
    for (let c = frame * KEYFRAME_EVERY; c < n; c++) flip(active, changeTie[c]);
    return active;
  }
  function upperBound(sorted, length, value) { // the number of values <= value
    let low = 0, high = length;
    while (low < high) { const mid = (low + high) >>> 1; if (sorted[mid] <= value) low = mid + 1; else high = mid; }
    return low;
  }
  function lowerBound(sorted, length, value) { // the number of values < value
    let low = 0, high = length;
    while (low < high) { const mid = (low + high) >>> 1; if (sorted[mid] < value) low = mid + 1; else high = mid; }
    return low;
  }
  // The ties of each state, so that a click or a focus reads a few lists instead of every tie.
  const tiesOfState = states.map(() => []);
  for (let i = 0; i < tieCount; i++) {
    tiesOfState[ties.from[i]].push(i);
    if (ties.to[i] !== ties.from[i]) tiesOfState[ties.to[i]].push(i);
  }
  const firstDay = eventCount ? eventDay[0] : null, lastDay = eventCount ? eventDay[eventCount - 1] : null;

  // ---- What is shown.
  const shown = {
    day: data.startDate ? dayOf(data.startDate) : firstDay,
    layout: layoutCodes.includes(data.startLayout) ? data.startLayout : layoutCodes[0],
    hidden: new Set(), hideEmpty: false, focus: -1, selected: -1, box: null, view: 0
  };
  let drawn = new Uint32Array(words);
  const tieElements = new Map();
  const degree = new Int32Array(states.length * types.length); // active ties of each state, by type

  // ---- The picture's fixed parts.
  const svg = $('network');
  const el = (name, attributes) => {
    const node = document.createElementNS(SVG, name);
    for (const a in attributes) node.setAttribute(a, attributes[a]);
    return node;
  };
  // A saved view closer in keeps dots, names, lines and arrowheads at their size on screen, as the window does: each
  // is drawn at its size on the whole picture times the share of the picture shown.
  let share = 1;
  const DASHES = { solid: [], dashed: [7, 4], dotted: [1.5, 3] };
  const ARROW = 9;
  const arrows = types.map(type => {
    const arrow = el('marker', { id: 'arrow-' + type.code, viewBox: '0 0 10 10', refX: 5, refY: 5,
      markerUnits: 'userSpaceOnUse', orient: 'auto' });
    arrow.appendChild(el('path', { d: 'M0 0L10 5L0 10z', fill: type.colour }));
    return $('arrows').appendChild(arrow);
  });
  const typeStyle = document.head.appendChild(document.createElement('style'));
  function styleTypes() {
    arrows.forEach(arrow => {
      arrow.setAttribute('markerWidth', ARROW * share);
      arrow.setAttribute('markerHeight', ARROW * share);
    });
    // The legend's samples keep the patterns of the whole picture.
    const dashes = (type, times) => (DASHES[type.pattern] || []).map(n => n * times).join(' ') || 'none';
    typeStyle.textContent = types.map(type => `.tie.${type.code}{stroke:${type.colour}`
      + `${type.pattern === 'dotted' ? ';stroke-linecap:round' : ''}}\n`
      + `#network .tie.${type.code}{stroke-dasharray:${dashes(type, share)};marker-mid:url(#arrow-${type.code})}\n`
      + `#types .tie.${type.code}{stroke-dasharray:${dashes(type, 1)}}\n`
      + `.hide-${type.code} .tie.${type.code}{display:none}`).join('\n');
    svg.style.setProperty('--share', String(share));
  }

  const stateDots = [], stateNames = [];
  states.forEach((state, s) => {
    const dot = el('circle', { class: 'state', 'data-code': state.code });
    dot.appendChild(el('title')).textContent = state.name;
    const name = el('text', { class: 'name', 'text-anchor': 'middle', 'dominant-baseline': 'central',
      'data-code': state.code });
    name.textContent = state.name;
    for (const node of [dot, name]) node.addEventListener('click', event => { event.stopPropagation(); select(s); });
    stateDots.push(dot);
    stateNames.push(name);
    $('states').appendChild(dot);
  });
  svg.addEventListener('click', () => { setFocus(-1); select(-1); });
  // A tie pointed at names itself; its text is made then, not for each of thousands of ties drawn.
  $('ties').addEventListener('mouseover', event => {
    const path = event.target;
    if (!path.classList.contains('tie') || path.firstChild) return;
    const i = Number(path.dataset.tie);
    path.appendChild(el('title')).textContent = `${states[ties.from[i]].name} \u2192 ${states[ties.to[i]].name}: `
      + `${types[ties.type[i]].label} since ${ties.start[i]}${ties.end[i] ? ' until ' + ties.end[i] : ''}`
      + (ties.source[i] >= 0 ? '\n' + text(ties.source[i]) : '');
  });

  const typeCounts = types.map((type, t) => {
    const item = document.createElement('li');
    item.innerHTML = '<label><input type="checkbox" checked><svg width="26" height="10"><line x1="1" y1="5" '
      + 'x2="25" y2="5" class="tie"/></svg><span class="label"></span><span class="count"></span></label>';
    item.querySelector('line').classList.add(type.code);
    item.querySelector('.label').textContent = type.label;
    const box = item.querySelector('input');
    box.id = 'type-' + type.code;
    box.addEventListener('change', () => { box.checked ? shown.hidden.delete(t) : shown.hidden.add(t); redraw(); });
    $('types').appendChild(item);
    return item.querySelector('.count');
  });

  // Ties the sources are less sure of are drawn lighter (medium) or faded (low), as in the window and every export;
  // the legend says so when the case has any.
  const opacityOf = Object.fromEntries(data.confidences.map(c => [c.code, c.opacity]));
  const lessSure = data.confidences.filter(c => c.opacity < 1 && ties.confidence.includes(c.code));
  if (lessSure.length) {
    const key = document.createElement('li');
    key.id = 'confidence-key';
    key.title = lessSure.map(c => c.label).join('. ');
    for (const c of lessSure) {
      const line = el('line', { x1: 1, y1: 5, x2: 17, y2: 5, class: 'tie', 'stroke-opacity': c.opacity });
      const mark = el('svg', { width: 18, height: 10 });
      mark.appendChild(line);
      key.appendChild(mark);
      key.appendChild(document.createTextNode(c.code + ' '));
    }
    $('types').appendChild(key);
  }

  function placeLayout() {
    const layout = data.layouts[layoutCodes.indexOf(shown.layout)];
    const map = $('map');
    map.textContent = '';
    for (const code in layout.map) map.appendChild(el('path', { class: 'country', d: layout.map[code], 'data-code': code }));
    $('names').textContent = '';
    states.forEach((state, s) => {
      const dot = layout.dots[s], box = layout.names[s];
      stateDots[s].setAttribute('r', layout.dotRadius * share);
      stateDots[s].setAttribute('cx', dot ? dot[0] : -1e4);
      stateDots[s].setAttribute('cy', dot ? dot[1] : -1e4);
      // A name the composition left out (no room for it) is not drawn: the dot's tooltip names the state.
      if (box) {
        // The name keeps its place beside the dot, on screen: its offset shrinks with the share shown.
        const x = box[0] + box[2] / 2, y = box[1] + box[3] / 2;
        stateNames[s].setAttribute('x', dot ? dot[0] + (x - dot[0]) * share : x);
        stateNames[s].setAttribute('y', dot ? dot[1] + (y - dot[1]) * share : y);
        stateNames[s].setAttribute('font-size', (box[3] * 0.62 * share).toFixed(2));
        $('names').appendChild(stateNames[s]);
      }
    });
    const anyName = layout.names.find(box => box);
    nameSize = (anyName ? anyName[3] * 0.62 : 14) * share;
    placeSelectedName();
    for (const [i, path] of tieElements) path.setAttribute('d', tiePath(i));
    for (const button of document.querySelectorAll('#layouts button')) {
      button.setAttribute('aria-pressed', String(button.dataset.layout === shown.layout));
    }
  }

  // A tie bows to its right, more for each type, so that ties both ways between a pair and ties of several types
  // stay apart; it is drawn as two halves so that its arrowhead sits in the middle (marker-mid), not on the target.
  function tiePath(i) {
    const dots = data.layouts[layoutCodes.indexOf(shown.layout)].dots;
    const a = dots[ties.from[i]], b = dots[ties.to[i]];
    if (!a || !b) return '';
    const dx = b[0] - a[0], dy = b[1] - a[1], length = Math.hypot(dx, dy);
    const f = n => n.toFixed(1);
    if (length < 1) return `M${f(a[0])} ${f(a[1])}c${f(-12 * share)} ${f(-24 * share)} ${f(12 * share)} ${f(-24 * share)} 0 0`;
    const bow = 2 * (8 + 6 * ties.type[i]) * share / length;
    const cx = (a[0] + b[0]) / 2 - dy * bow, cy = (a[1] + b[1]) / 2 + dx * bow;
    const mx = (a[0] + 2 * cx + b[0]) / 4, my = (a[1] + 2 * cy + b[1]) / 4;
    return `M${f(a[0])} ${f(a[1])}Q${f((a[0] + cx) / 2)} ${f((a[1] + cy) / 2)} ${f(mx)} ${f(my)}`
      + `Q${f((cx + b[0]) / 2)} ${f((cy + b[1]) / 2)} ${f(b[0])} ${f(b[1])}`;
  }

  function addTie(i) {
    const path = el('path', { class: 'tie ' + types[ties.type[i]].code, d: tiePath(i),
      'data-from': states[ties.from[i]].code, 'data-to': states[ties.to[i]].code, 'data-type': types[ties.type[i]].code,
      'data-tie': i });
    if (opacityOf[ties.confidence[i]] < 1) path.setAttribute('stroke-opacity', opacityOf[ties.confidence[i]]);
    tieElements.set(i, path);
    $('ties').appendChild(path);
    degree[ties.from[i] * types.length + ties.type[i]]++;
    degree[ties.to[i] * types.length + ties.type[i]]++;
  }
  function removeTie(i) {
    tieElements.get(i).remove();
    tieElements.delete(i);
    degree[ties.from[i] * types.length + ties.type[i]]--;
    degree[ties.to[i] * types.length + ties.type[i]]--;
  }
  const activeTieOf = i => tieElements.has(i);
  function shownDegree(s) {
    let n = 0;
    for (let t = 0; t < types.length; t++) if (!shown.hidden.has(t)) n += degree[s * types.length + t];
    return n;
  }

  let steps = 0;
  // ---- One step: only the ties that change between the day drawn and the new one are added or removed.
  function show(day) {
    const began = performance.now();
    delete document.body.dataset.frameMs;
    shown.day = day;
    const next = activeOn(day);
    for (let w = 0; w < words; w++) {
      let changed = next[w] ^ drawn[w];
      while (changed !== 0) {
        const bit = 31 - Math.clz32(changed & -changed);
        const i = w * 32 + bit;
        if ((next[w] >>> bit) & 1) addTie(i); else removeTie(i);
        changed &= changed - 1;
      }
    }
    drawn = next;
    redraw();
    document.body.dataset.stepMs = (performance.now() - began).toFixed(1);
    document.body.dataset.day = textOf(day);
    // Until the step is on screen: the browser styles, lays out and paints it in the frame after the script.
    const step = ++steps;
    requestAnimationFrame(() => setTimeout(() => {
      if (step === steps) document.body.dataset.frameMs = (performance.now() - began).toFixed(1);
    }, 0));
  }

  // Everything that depends on the day, the types shown, the focus and the selection, but not on which ties changed.
  function redraw() {
    let drawnShown = 0;
    types.forEach((type, t) => {
      let count = 0;
      for (let s = 0; s < states.length; s++) count += degree[s * types.length + t];
      count /= 2; // each tie counted at both ends
      typeCounts[t].textContent = shown.hidden.has(t) ? '\u2013' : String(count);
      if (!shown.hidden.has(t)) drawnShown += count;
    });
    // A class of the whole picture restyles every tie: it is set only when it changes.
    setClass(svg, [shown.hideEmpty ? 'hide-empty' : '', shown.focus >= 0 ? 'focusing' : '',
      drawnShown > DENSE_TIES ? 'dense' : '', ...[...shown.hidden].map(t => 'hide-' + types[t].code)].join(' '));
    const near = nearFocus();
    states.forEach((state, s) => {
      const exists = stateStart[s] <= shown.day && shown.day < stateEnd[s];
      const look = !exists ? 'absent' : s === shown.selected ? 'selected' : shownDegree(s) > 0 ? 'active' : 'dormant';
      const nearness = near.has(s) ? ' near' : '';
      setClass(stateDots[s], 'state ' + look + nearness);
      setClass(stateNames[s], 'name ' + (look === 'selected' ? 'active' : look) + nearness);
    });
    for (const s of [shown.selected, shown.focus]) {
      if (s < 0) continue;
      for (const i of tiesOfState[s]) {
        const path = tieElements.get(i);
        if (!path) continue;
        path.classList.toggle('stressed', s === shown.selected || path.classList.contains('stressed'));
        path.classList.toggle('near', shown.focus >= 0 && (ties.from[i] === shown.focus || ties.to[i] === shown.focus));
        if (s === shown.selected) $('ties').appendChild(path); // drawn over the rest
      }
    }
    $('date').textContent = textOf(shown.day);
    $('slider').value = String(shown.day);
    // The details first: they take room from the event list, whose current event is then scrolled into view.
    showDetails();
    showEvents();
  }

  function setClass(node, classes) {
    if (node.getAttribute('class') !== classes) node.setAttribute('class', classes);
  }

  // The focus and its neighbours through the ties of the types shown.
  function nearFocus() {
    const near = new Set();
    if (shown.focus < 0) return near;
    near.add(shown.focus);
    for (const i of tiesOfState[shown.focus]) {
      if (activeTieOf(i) && !shown.hidden.has(ties.type[i])) { near.add(ties.from[i]); near.add(ties.to[i]); }
    }
    return near;
  }

  function setFocus(s) {
    for (const path of document.querySelectorAll('#ties .near')) path.classList.remove('near');
    shown.focus = s;
  }
  // The selected state is named even where its name found no room among the others: it is drawn over them.
  let nameSize = 14;
  const selectedName = el('text', { id: 'selected-name', class: 'name active', 'dominant-baseline': 'central' });
  function select(s) {
    for (const path of document.querySelectorAll('#ties .stressed')) path.classList.remove('stressed');
    shown.selected = s;
    placeSelectedName();
    redraw();
  }
  function placeSelectedName() {
    const s = shown.selected, layout = data.layouts[layoutCodes.indexOf(shown.layout)];
    selectedName.remove();
    if (s < 0 || !layout.dots[s] || stateNames[s].isConnected) return;
    selectedName.textContent = states[s].name;
    selectedName.setAttribute('x', layout.dots[s][0] + 1.6 * layout.dotRadius * share);
    selectedName.setAttribute('y', layout.dots[s][1]);
    selectedName.setAttribute('font-size', nameSize.toFixed(1));
    $('names').appendChild(selectedName);
  }

  // ---- The events: the current one, as Diplomap tells it: on a day of events a narrative event first (it says why
  // the ties changed), else the last of the day; on a day without, the last before.
  function currentEvent(day) {
    const from = lowerBound(eventDay, eventCount, day), to = upperBound(eventDay, eventCount, day);
    for (let e = to - 1; e >= from; e--) if (eventKind[e] === NARRATIVE) return e;
    return to - 1;
  }
  function eventText(e) {
    if (eventKind[e] === NARRATIVE) {
      const event = data.events[eventRef[e]];
      return { date: event.date, title: event.title, description: event.description, source: event.source };
    }
    const i = eventRef[e];
    return { date: eventKind[e] === TIE_START ? ties.start[i] : ties.end[i], source: text(ties.source[i]),
      title: `${states[ties.from[i]].name} \u2192 ${states[ties.to[i]].name}: ${types[ties.type[i]].label} `
        + (eventKind[e] === TIE_START ? 'begins' : 'ends') };
  }
  const text = n => n < 0 ? null : data.texts[n];
  function eventItem(tag, e) {
    const told = eventText(e), item = document.createElement(tag);
    item.appendChild(document.createElement('time')).textContent = told.date;
    item.appendChild(document.createElement('span')).textContent = told.title;
    item.lastChild.className = 'what';
    if (told.description) item.appendChild(document.createElement('span')).textContent = ' \u2014 ' + told.description;
    if (told.source) {
      item.appendChild(document.createElement('span')).textContent = told.source;
      item.lastChild.className = 'source';
    }
    return item;
  }
  // Only the events around the current one are listed: a generated world has hundreds of thousands. The items
  // are kept while the current event stays well inside them, since laying out their long sources is most of a step.
  const LISTED = 30, KEPT = 8;
  const listed = { from: 0, to: 0 };
  function showEvents() {
    const current = currentEvent(shown.day);
    $('caption').textContent = '';
    if (current >= 0) $('caption').appendChild(eventItem('div', current));
    const list = $('events');
    const at = Math.max(current, 0);
    const roomBefore = listed.from === 0 || at - listed.from >= KEPT;
    const roomAfter = listed.to === eventCount || listed.to - at > KEPT;
    if (at < listed.from || at >= listed.to || !roomBefore || !roomAfter) {
      list.textContent = '';
      listed.from = Math.max(0, at - LISTED);
      listed.to = Math.min(eventCount, at + LISTED + 1);
      for (let e = listed.from; e < listed.to; e++) {
        const item = eventItem('li', e);
        if (eventKind[e] === NARRATIVE) item.classList.add('narrative');
        item.dataset.day = textOf(eventDay[e]); // the day it stands for, when written as a month or a year
        item.addEventListener('click', () => { leaveView(); show(eventDay[e]); remember(); });
        list.appendChild(item);
      }
    }
    const was = list.querySelector('.current');
    if (was) { was.classList.remove('current'); was.removeAttribute('aria-current'); }
    if (current < 0) return;
    const item = list.children[current - listed.from];
    item.classList.add('current');
    item.setAttribute('aria-current', 'true');
    list.scrollTop = item.offsetTop - list.clientHeight / 2;
  }

  function showDetails() {
    const s = shown.selected;
    $('details').hidden = s < 0;
    if (s < 0) return;
    const list = $('details-ties');
    list.textContent = '';
    const active = tiesOfState[s].filter(i => activeTieOf(i) && !shown.hidden.has(ties.type[i]));
    $('details-name').textContent = `${states[s].name} on ${textOf(shown.day)}: `
      + (active.length === 1 ? '1 tie' : `${active.length} ties`);
    if (!active.length) list.appendChild(document.createElement('li')).textContent = 'No active tie on this day.';
    for (const i of active) {
      const item = list.appendChild(document.createElement('li'));
      const out = ties.from[i] === s;
      item.appendChild(document.createElement('span')).textContent = (out ? '\u2192 ' : '\u2190 ')
        + states[out ? ties.to[i] : ties.from[i]].name + ': ' + types[ties.type[i]].label
        + ' since ' + ties.start[i] + (ties.end[i] ? ' until ' + ties.end[i] : '');
      if (ties.source[i] >= 0) {
        item.appendChild(document.createElement('span')).textContent = text(ties.source[i]);
        item.lastChild.className = 'source';
      }
    }
  }

  // ---- Saved views, a briefing: a view sets the day, layout, types, focus and the part of the picture shown.
  function showView(n) {
    const view = data.views[n - 1];
    shown.view = n;
    shown.layout = layoutCodes.includes(view.layout) ? view.layout : shown.layout;
    shown.hidden = new Set(view.hiddenTypes.map(code => types.findIndex(t => t.code === code)));
    types.forEach((type, t) => { $('type-' + type.code).checked = !shown.hidden.has(t); });
    shown.hideEmpty = view.hideStatesWithoutTies;
    setFocus(states.findIndex(s => s.code === view.focus));
    shown.box = view.box;
    frame();
    show(dayOf(view.date));
    $('view-place').textContent = `${n} / ${data.views.length} \u00b7 ${view.name}`;
  }
  function leaveView() {
    if (!shown.view) return;
    shown.view = 0;
    $('view-place').textContent = '';
  }
  // The part of the picture shown, and everything placed on it at the size that part needs.
  function frame() {
    const box = shown.box || [0, 0, data.width, data.height];
    svg.setAttribute('viewBox', box.join(' '));
    share = box[2] / data.width;
    styleTypes();
    placeLayout();
  }

  // ---- The address says where the page is, so a link can be shared: #date=1971-10-25, #view=3, &layout=geographic.
  function remember() {
    const address = shown.view ? `#view=${shown.view}` : `#date=${textOf(shown.day)}&layout=${shown.layout}`;
    if (location.hash !== address) history.replaceState(null, '', address);
  }
  function readAddress() {
    const problems = [];
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of params.keys()) {
      if (!['date', 'view', 'layout'].includes(key)) problems.push(`The address names "${key}", which this page does not know (it knows date, view and layout).`);
    }
    shown.view = 0;
    if (params.has('view')) {
      const n = Number(params.get('view'));
      if (!data.views.length) problems.push(`The address asks for saved view ${params.get('view')}, but this case has no saved views.`);
      else if (!Number.isInteger(n) || n < 1 || n > data.views.length) {
        problems.push(`The address asks for saved view "${params.get('view')}"; this case has views 1 to ${data.views.length}.`);
      } else if (!params.has('date') && !params.has('layout')) {
        return { problems, view: n };
      } else {
        return { problems: problems.concat('The address names a view and a date or layout; showing the view.'), view: n };
      }
    }
    let layout = shown.layout;
    if (params.has('layout')) {
      if (layoutCodes.includes(params.get('layout'))) layout = params.get('layout');
      else problems.push(`The address asks for the layout "${params.get('layout')}"; there are ${layoutCodes.join(' and ')}. Showing the ${layout} layout.`);
    }
    let day = shown.day;
    if (params.has('date')) {
      const asked = dayOf(params.get('date'));
      if (Number.isNaN(asked)) problems.push(`"${params.get('date')}" in the address is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.`);
      else if (firstDay !== null && asked < firstDay) {
        problems.push(`${params.get('date')} is before the data, which begins on ${textOf(firstDay)}: showing that day.`);
        day = firstDay;
      } else day = asked;
    }
    return { problems, layout, day };
  }
  function goToAddress() {
    const asked = readAddress();
    $('message').hidden = !asked.problems.length;
    $('message').textContent = asked.problems.join(' ');
    if (asked.view) {
      showView(asked.view);
    } else {
      leaveView();
      if (asked.layout !== shown.layout) { shown.layout = asked.layout; placeLayout(); }
      show(asked.day);
    }
  }

  // ---- Moving: the keys, the slider, the layout buttons.
  function stepEvent(forward) {
    const e = forward ? upperBound(eventDay, eventCount, shown.day) : lowerBound(eventDay, eventCount, shown.day) - 1;
    if (e < 0 || e >= eventCount) return;
    leaveView();
    show(eventDay[e]);
    remember();
  }
  function stepView(forward) {
    if (!data.views.length) return;
    const n = shown.view ? shown.view + (forward ? 1 : -1) : (forward ? 1 : data.views.length);
    if (n < 1 || n > data.views.length) return;
    showView(n);
    remember();
  }
  // Caught before the slider sees them, so Left and Right step from event to event rather than day by day.
  window.addEventListener('keydown', event => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves = { ArrowRight: () => stepEvent(true), ArrowLeft: () => stepEvent(false),
      PageDown: () => stepView(true), PageUp: () => stepView(false) };
    if (!moves[event.key]) return;
    event.preventDefault();
    moves[event.key]();
  }, true);

  const slider = $('slider');
  let sliderDay = null;
  slider.addEventListener('input', () => {
    // The latest position wins: one step a frame however fast the slider moves.
    if (sliderDay === null) requestAnimationFrame(() => { leaveView(); show(sliderDay); sliderDay = null; remember(); });
    sliderDay = Number(slider.value);
  });
  for (const button of document.querySelectorAll('#layouts button')) {
    button.addEventListener('click', () => {
      leaveView();
      shown.layout = button.dataset.layout;
      shown.box = null;
      frame();
      redraw();
      remember();
    });
  }
  window.addEventListener('hashchange', goToAddress);

  // The event marks over the slider: a tick where something happens, darker where more happens (in a large case
  // every pixel has some event, and equal ticks would make one red bar).
  function drawMarks() {
    const canvas = $('marks');
    canvas.width = canvas.clientWidth;
    const g = canvas.getContext('2d');
    g.clearRect(0, 0, canvas.width, canvas.height);
    if (!eventCount || lastDay === firstDay) return;
    const inset = 8, width = canvas.width - 2 * inset;
    const perPixel = new Uint32Array(canvas.width);
    for (let e = 0; e < eventCount; e++) {
      perPixel[Math.round(inset + (eventDay[e] - firstDay) / (lastDay - firstDay) * width)]++;
    }
    const most = Math.log1p(Math.max(...perPixel));
    g.fillStyle = '#d03030';
    perPixel.forEach((count, x) => {
      if (!count) return;
      g.globalAlpha = 0.35 + 0.65 * Math.log1p(count) / most;
      g.fillRect(x, 2, 1, canvas.height - 4);
    });
  }
  window.addEventListener('resize', drawMarks);

  if (!eventCount) {
    $('message').hidden = false;
    $('message').textContent = 'This case has no ties and no events yet.';
    slider.disabled = true;
    frame();
    return;
  }
  slider.min = String(firstDay);
  slider.max = String(lastDay);
  frame();
  drawMarks();
  goToAddress();
  remember();
  document.body.dataset.ready = 'true';
})();
