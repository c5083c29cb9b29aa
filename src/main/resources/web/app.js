// The workspace page: shows the channel as the person picked in "You are", and sends what they do to
// /api. Every action carries a nonce, so a retried request has one effect; the page refetches its state
// whenever the server's event stream says something changed.
'use strict';

const state = { me: localStorage.getItem('tm-me') || 'UROBIN', data: null, thread: null, notes: [] };
const $ = (id) => document.getElementById(id);
const REVIEW = ['white_check_mark', 'x', 'thinking_face', 'rocket'];
const EXTRA = ['+1', 'eyes'];

function nonce() {
  return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
}

function name(id) {
  if (id === 'UTHREATBOT') return 'threatmodel-bot';
  const p = state.data && state.data.people.find((x) => x.id === id);
  return p ? p.name : id;
}

async function api(path, body) {
  const payload = Object.assign({ as: state.me, nonce: nonce() }, body || {});
  for (let attempt = 0; attempt < 3; attempt++) {
    let r;
    try {
      r = await fetch('/api' + path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Workspace': '1' },
        body: JSON.stringify(payload) });
    } catch (e) {
      await new Promise((ok) => setTimeout(ok, 500 * (attempt + 1)));
      continue;
    }
    const json = await r.json().catch(() => ({}));
    if (r.status === 503 && attempt < 2) {
      await new Promise((ok) => setTimeout(ok, 500 * (attempt + 1)));
      continue;
    }
    if (!r.ok && !json.errors) toast(json.error || 'That did not work.');
    return { ok: r.ok, json };
  }
  toast('The workspace is not answering; nothing was changed.');
  return { ok: false, json: {} };
}

function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
}

async function refresh() {
  const r = await fetch('/api/state?as=' + encodeURIComponent(state.me), { headers: { 'X-Workspace': '1' } });
  if (!r.ok) return;
  state.data = await r.json();
  render();
}

function time(at) {
  const d = new Date(at);
  return d.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

function el(tag, cls, html) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (html !== undefined) e.innerHTML = html;
  return e;
}

function kickoffCard(m) {
  const k = m.kickoff;
  const card = el('div', 'kickoff');
  card.appendChild(el('h3', '', escapeHtml(k.title)));
  const facts = el('dl', 'facts');
  const add = (label, html) => { facts.appendChild(el('dt', '', label)); facts.appendChild(el('dd', '', html)); };
  add('Session', '<code>' + escapeHtml(k.id) + '</code>');
  add('Status', renderMarkup(k.state, name));
  add('Requested by', renderMarkup('{@' + k.requester + '}', name));
  add('Security lead', renderMarkup('{@' + k.lead + '}', name));
  add('Engineers', renderMarkup(k.engineers.map((e) => '{@' + e + '}').join(', '), name));
  if (k.deadline) add('Deadline', escapeHtml(k.deadline));
  if (k.jira) add('Jira project', escapeHtml(k.jira));
  card.appendChild(facts);
  const bar = (label, percent, line) => {
    const row = el('div', 'bar');
    row.appendChild(el('span', 'bar-label', label));
    const p = el('progress');
    p.max = 100; p.value = percent;
    row.appendChild(p);
    row.appendChild(el('span', 'bar-line', renderMarkup(line.replace(/^`[^`]*`\s*/, ''), name)));
    return row;
  };
  card.appendChild(bar('Context gathered', k.progress, k.progressLine));
  card.appendChild(bar('Threat-model coverage', k.coverage, k.coverageLine));
  card.appendChild(el('div', 'footer', renderMarkup(k.footer, name)));
  return card;
}

function threatCard(m) {
  const t = m.threat;
  const card = el('div', 'card threat-card sev-' + t.severity.toLowerCase());
  const head = el('div', 'card-head');
  head.appendChild(el('span', 'badge', escapeHtml(t.severity)));
  head.appendChild(el('span', 'heading', renderMarkup(t.heading.replace(/^#\d+ · [A-Z]+ · /, '#' + t.number + ' · '), name)));
  card.appendChild(head);
  card.appendChild(el('h4', '', renderMarkup(t.title, name)));
  card.appendChild(el('div', 'text', renderMarkup(t.description, name)));
  const facts = el('dl', 'facts');
  const add = (label, html) => { facts.appendChild(el('dt', '', label)); facts.appendChild(el('dd', '', html)); };
  add('Affects', renderMarkup(t.affects.join(', '), name));
  if (t.evidence.length) add('Evidence', renderMarkup(t.evidence.map((e) => '• ' + e).join('\n'), name));
  t.assumptions.forEach((a) => add('Assumes', renderMarkup(a, name)));
  add('Mitigation', renderMarkup(t.mitigation, name));
  add('Confidence', renderMarkup(t.confidence + ' · ' + t.scoring, name));
  if (t.amendment) add('Amended by', renderMarkup(t.amendment, name));
  if (t.ticket) add('Ticket', renderMarkup(t.ticket, name));
  if (t.decision) add('Decision', renderMarkup(t.decision, name));
  card.appendChild(facts);
  if (t.suggestedByModel) card.appendChild(el('div', 'footer', 'Suggested by the language model from the evidence above.'));
  return card;
}

function rootCard(m) {
  const r = m.root;
  const card = el('div', 'card draft-card');
  card.appendChild(el('h3', '', renderMarkup(r.title, name) + ' <code>' + escapeHtml(r.session) + '</code>'));
  const counts = el('div', 'severities');
  Object.entries(r.severities).forEach(([sev, n]) => {
    counts.appendChild(el('span', 'badge sev-' + sev.toLowerCase(), escapeHtml(n + ' ' + sev.toLowerCase())));
  });
  card.appendChild(counts);
  card.appendChild(el('div', 'tally', renderMarkup('Review: ' + r.tally, name)));
  card.appendChild(el('div', 'footer', renderMarkup(r.guide, name)));
  const list = (title, items, more) => {
    if (!items.length) return;
    const box = el('details', 'notes');
    box.appendChild(el('summary', '', escapeHtml(title + ' (' + (items.length + more) + ')')));
    box.appendChild(el('div', 'text', renderMarkup(items.map((i) => '• ' + i).join('\n')
      + (more ? '\n• … and ' + more + ' more' : ''), name)));
    card.appendChild(box);
  };
  list('Also drafted, lower severity, not posted', r.held, r.heldMore);
  list('Assumptions to confirm — nobody said; say so in this thread and draft again', r.toConfirm, r.toConfirmMore);
  if (r.changes) card.appendChild(el('div', 'text', renderMarkup(r.changes, name)));
  return card;
}

function messageNode(m, inThread) {
  const node = el('article', 'message' + (m.private ? ' private' : '') + (m.author === 'UTHREATBOT' ? ' bot' : ''));
  node.id = 'm-' + m.id;
  node.dataset.id = m.id;
  const head = el('div', 'head');
  head.appendChild(el('span', 'author', escapeHtml(name(m.author))));
  head.appendChild(el('time', '', escapeHtml(time(m.at))));
  if (m.edited) head.appendChild(el('span', 'edited', '(edited)'));
  if (m.private) head.appendChild(el('span', 'only-you', 'Only visible to you'));
  node.appendChild(head);
  if (m.kickoff) node.appendChild(kickoffCard(m));
  else if (m.threat) node.appendChild(threatCard(m));
  else if (m.root) node.appendChild(rootCard(m));
  else node.appendChild(el('div', 'text', renderMarkup(m.text, name)));
  if (m.file) node.appendChild(fileNode(m.file));
  if (m.options && m.options.length) {
    const buttons = el('div', 'choices');
    m.options.forEach((label, i) => {
      const b = el('button', 'choice', escapeHtml(label));
      b.addEventListener('click', () => api('/choose', { message: m.id, pick: i }));
      buttons.appendChild(b);
    });
    node.appendChild(buttons);
  }
  node.appendChild(reactionsNode(m));
  const replies = state.data.messages.filter((x) => x.thread === m.id).length;
  if (!inThread && !m.thread && (replies > 0 || m.kickoff || m.root)) {
    const open = el('button', 'replies', replies + (replies === 1 ? ' reply' : ' replies'));
    open.addEventListener('click', () => openThread(m.id));
    node.appendChild(open);
  }
  if (m.author === state.me && !m.file) {
    const edit = el('button', 'edit', 'Edit');
    edit.addEventListener('click', () => {
      const text = prompt('Edit your message', m.text);
      if (text !== null && text.trim()) api('/edit', { message: m.id, text });
    });
    node.appendChild(edit);
  }
  return node;
}

function fileNode(f) {
  const box = el('div', 'file');
  const url = '/api/files/' + encodeURIComponent(f.id);
  if (f.mime === 'image/png') {
    const img = el('img', 'picture');
    img.src = url;
    img.alt = f.name;
    box.appendChild(img);
  }
  const a = el('a', 'download', '📄 ' + escapeHtml(f.name) + ' <span>(' + Math.max(1, Math.round(f.size / 1024)) + ' KB)</span>');
  a.href = url + '?download=1';
  a.download = f.name;
  box.appendChild(a);
  return box;
}

function reactionsNode(m) {
  const row = el('div', 'reactions');
  const mine = (r) => (m.reactions[r] || []).includes(state.me);
  Object.keys(m.reactions).forEach((r) => {
    const users = m.reactions[r];
    const chip = el('button', 'reaction' + (mine(r) ? ' mine' : ''), (EMOJI[r] || r) + ' ' + users.length);
    chip.title = users.map(name).join(', ');
    chip.dataset.reaction = r;
    chip.addEventListener('click', () => api('/react', { message: m.id, reaction: r, on: !mine(r) }));
    row.appendChild(chip);
  });
  const picker = el('span', 'picker');
  REVIEW.concat(EXTRA).filter((r) => !m.reactions[r]).forEach((r) => {
    const b = el('button', 'add-reaction', EMOJI[r]);
    b.title = 'React :' + r + ':';
    b.dataset.reaction = r;
    b.addEventListener('click', () => api('/react', { message: m.id, reaction: r, on: true }));
    picker.appendChild(b);
  });
  row.appendChild(picker);
  return row;
}

function render() {
  const d = state.data;
  $('now').textContent = new Date(d.now).toUTCString().replace(' GMT', ' UTC');
  $('later').hidden = !d.clockControl;
  const who = $('who');
  if (!who.options.length) {
    d.people.forEach((p) => who.appendChild(new Option(p.name + ' — ' + p.role, p.id)));
  }
  who.value = state.me;
  const me = d.people.find((p) => p.id === state.me);
  $('role').innerHTML = me ? '<strong>' + escapeHtml(me.name) + '</strong>: ' + escapeHtml(me.role) : '';
  const list = $('messages');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.replaceChildren();
  d.messages.filter((m) => !m.thread).forEach((m) => list.appendChild(messageNode(m, false)));
  state.notes.forEach((n) => list.appendChild(n));
  if (atBottom) list.scrollTop = list.scrollHeight;
  renderThread();
}

function renderThread() {
  const pane = $('thread');
  if (!state.thread) { pane.hidden = true; return; }
  const root = state.data.messages.find((m) => m.id === state.thread);
  if (!root) { pane.hidden = true; return; }
  pane.hidden = false;
  const list = $('thread-messages');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.replaceChildren(messageNode(root, true));
  list.appendChild(el('div', 'divider', 'Replies'));
  state.data.messages.filter((m) => m.thread === state.thread).forEach((m) => list.appendChild(messageNode(m, true)));
  if (atBottom) list.scrollTop = list.scrollHeight;
}

function openThread(id) {
  state.thread = id;
  renderThread();
  const list = $('thread-messages');
  list.scrollTop = list.scrollHeight;
}

function statusCard(st) {
  const card = el('div', 'card status-card');
  card.appendChild(el('h3', '', renderMarkup(st.title, name) + ' — ' + renderMarkup(st.state, name)));
  const bar = (label, percent, line) => {
    const row = el('div', 'bar');
    row.appendChild(el('span', 'bar-label', label));
    const p = el('progress');
    p.max = 100; p.value = percent;
    row.appendChild(p);
    if (line) row.appendChild(el('span', 'bar-line', renderMarkup(line.replace(/^`[^`]*`\s*/, ''), name)));
    return row;
  };
  card.appendChild(bar('Context gathered', st.progress, st.progressLine));
  card.appendChild(bar('Threat-model coverage', st.coverage, st.coverage + '%'));
  const list = (title, items, more) => {
    if (!items || !items.length) return;
    card.appendChild(el('div', 'text', renderMarkup('*' + title + '*\n' + items.map((i) => '• ' + i).join('\n')
      + (more ? '\n…and ' + more + ' more' : ''), name)));
  };
  list('Waiting for', st.waiting, 0);
  list('Biggest gaps', st.gaps, st.gapsMore);
  const foot = [st.counts].concat(st.documents && st.documents.length ? ['Shared docs: ' + st.documents.join(', ')] : [])
    .concat([st.model]).concat(st.draft ? [st.draft] : []);
  card.appendChild(el('div', 'footer', renderMarkup(foot.join('\n'), name)));
  return card;
}

function note(text, card) {
  const n = el('article', 'message private bot');
  n.appendChild(el('div', 'head', '<span class="author">threatmodel-bot</span><span class="only-you">Only visible to you</span>'));
  n.appendChild(card || el('div', 'text', renderMarkup(text, name)));
  state.notes.push(n);
  render();
  const list = $('messages');
  list.scrollTop = list.scrollHeight;
}

function openForm(system) {
  const picks = $('engineer-picks');
  picks.replaceChildren();
  state.data.people.forEach((p) => {
    const l = el('label', 'pick', '<input type="checkbox" name="engineers" value="' + p.id + '"> ' + escapeHtml(p.name));
    picks.appendChild(l);
  });
  const lead = $('lead-pick');
  lead.replaceChildren();
  state.data.people.forEach((p) => lead.appendChild(new Option(p.name, p.id)));
  lead.value = 'UCAROL';
  const form = $('start');
  form.reset();
  form.system.value = system || '';
  lead.value = 'UCAROL';
  $('form-errors').textContent = '';
  $('start-form').showModal();
}

/** A file attached to the start form is read here and sent as the form's text: a design doc or a threat model. */
async function attachToForm() {
  const f = $('start');
  const file = f.docfile.files[0];
  $('form-errors').textContent = '';
  if (!file) return;
  if (file.size > 200000) {
    $('form-errors').textContent = 'That file is over 200,000 characters: start without it and share it in the thread instead.';
    f.docfile.value = '';
    return;
  }
  f.doc.value = await file.text();
}

async function submitForm(e) {
  e.preventDefault();
  const f = $('start');
  const body = { system: f.system.value, lead: f.lead.value, doc: f.doc.value, jira: f.jira.value, deadline: f.deadline.value,
    engineers: Array.from(f.querySelectorAll('input[name=engineers]:checked')).map((x) => x.value) };
  const r = await api('/start', body);
  if (r.ok) {
    $('start-form').close();
    note('Starting `' + r.json.started + '` — the kickoff message appears in the channel in a moment.');
  } else if (r.json.errors) {
    $('form-errors').innerHTML = Object.values(r.json.errors).map(escapeHtml).join('<br>');
  }
}

function readFile(file) {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(file);
  });
}

function setup() {
  $('who').addEventListener('change', (e) => {
    state.me = e.target.value;
    localStorage.setItem('tm-me', state.me);
    state.notes = [];
    refresh();
  });
  $('later').addEventListener('click', async () => {
    const r = await api('/clock', { days: 1 });
    if (r.ok) { toast('The clock is now ' + new Date(r.json.now).toUTCString()); refresh(); }
  });
  $('sample').addEventListener('click', async () => {
    const r = await api('/sample');
    if (r.ok) note('Starting `' + r.json.started + '` on the sample *Orders platform* design doc: Alice and Bob are interviewed, Carol is the security lead.');
  });
  $('open-form').addEventListener('click', () => openForm(''));
  $('start').addEventListener('submit', submitForm);
  $('start-file').addEventListener('change', attachToForm);
  $('start').querySelector('button[value=cancel]').addEventListener('click', (e) => { e.preventDefault(); $('start-form').close(); });
  $('close-thread').addEventListener('click', () => { state.thread = null; renderThread(); });
  $('channel-composer').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('channel-text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    if (text.startsWith('/')) {
      if (!/^\/threatmodel\b/.test(text)) { note('Only `/threatmodel` commands work here. Try `/threatmodel help`.'); return; }
      const r = await api('/command', { text });
      if (r.ok && r.json.form !== undefined) openForm(r.json.form);
      else if (r.ok && r.json.status) note(r.json.say, statusCard(r.json.status));
      else if (r.ok) note(r.json.say);
    } else {
      await api('/post', { text });
    }
  });
  $('thread-composer').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('thread-text');
    const fileInput = $('thread-file');
    const text = input.value.trim();
    const file = fileInput.files[0];
    if (!text && !file) return;
    const body = { thread: state.thread, text };
    if (file) {
      if (file.size > 10 * 1024 * 1024) { toast('Files may be 10 MB at most.'); return; }
      body.file = { name: file.name, mime: file.type, content: await readFile(file) };
    }
    input.value = '';
    fileInput.value = '';
    const r = await api('/post', body);
    if (!r.ok) input.value = text;
  });
  document.addEventListener('click', (e) => {
    const link = e.target.closest('a[data-msg]');
    if (!link) return;
    e.preventDefault();
    const target = state.data.messages.find((m) => m.id === link.dataset.msg);
    if (target) openThread(target.thread || target.id);
  });
  const events = new EventSource('/api/events');
  events.onmessage = (e) => { if (!state.data || String(state.data.version) !== e.data) refresh(); };
  setInterval(refresh, 15000);
  refresh();
}

document.addEventListener('DOMContentLoaded', setup);
