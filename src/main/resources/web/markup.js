// The core's light markup as safe HTML: everything is escaped first, then *bold*, _italic_, `code`,
// "> " quotes, "• " lists, mention tokens {@ID}, message links {link:ID|label}, web links
// {url:https://…|label} and :review_marks: become elements. Nothing typed by anyone becomes markup of its own.
'use strict';

const EMOJI = {
  white_check_mark: '✅', x: '❌', thinking_face: '🤔', rocket: '🚀', warning: '⚠️', ticket: '🎫',
  wave: '👋', speech_balloon: '💬', pray: '🙏', pencil2: '✏️', no_entry_sign: '🚫', hourglass: '⏳',
  '+1': '👍', eyes: '👀'
};

const MARKS = { approve: '✅', reject: '❌', discuss: '🤔', export: '🚀' };

function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function inline(escaped, names) {
  // code, mentions, links and marks are set aside first, so *bold* and _italic_ see only prose
  const kept = [];
  const keep = (html) => '\u0000' + (kept.push(html) - 1) + '\u0000';
  const prose = escaped
    .replace(/`([^`\n]+)`/g, (m, code) => keep('<code>' + code + '</code>'))
    .replace(/\{@([A-Za-z0-9_:.\-]+)\}/g, (m, id) => keep('<span class="mention">@' + escapeHtml(names(id)) + '</span>'))
    .replace(/\{link:([0-9]+)\|([^}]*)\}/g, (m, id, label) => keep('<a href="#m-' + id + '" data-msg="' + id + '">' + label + '</a>'))
    .replace(/\{url:(https?:\/\/[^\s|{}]+)\|([^}]*)\}/g,
      (m, url, label) => keep('<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + label + '</a>'))
    .replace(/\{mark:(approve|reject|discuss|export)\}/g, (m, s) => keep('<span class="emoji mark">' + MARKS[s] + '</span>'))
    .replace(/:([a-z0-9_+]+):/g, (m, name) => EMOJI[name] ? keep('<span class="emoji">' + EMOJI[name] + '</span>') : m);
  return prose
    .replace(/(^|[\s(\u0000])\*([^*\n]+?)\*(?=[\s).,:;!?\u0000]|$)/g, '$1<strong>$2</strong>')
    .replace(/(^|[\s(\u0000])_([^_\n]+?)_(?=[\s).,:;!?\u0000]|$)/g, '$1<em>$2</em>')
    .replace(/\u0000(\d+)\u0000/g, (m, i) => kept[Number(i)]);
}

/** Core text → HTML; names(id) gives a person's display name. */
function renderMarkup(text, names) {
  const lines = escapeHtml(text || '').split('\n');
  let html = '';
  let open = null;
  const close = () => {
    if (open) {
      html += open === 'quote' ? '</blockquote>' : '</ul>';
      open = null;
    }
  };
  for (const line of lines) {
    const quote = /^&gt;\s?(.*)$/.exec(line);
    const bullet = /^\s*[•\-]\s+(.*)$/.exec(line);
    if (quote) {
      if (open !== 'quote') { close(); html += '<blockquote>'; open = 'quote'; } else { html += '<br>'; }
      html += inline(quote[1], names);
    } else if (bullet) {
      if (open !== 'list') { close(); html += '<ul>'; open = 'list'; }
      html += '<li>' + inline(bullet[1], names) + '</li>';
    } else {
      close();
      html += line.trim() === '' ? '<div class="gap"></div>' : '<div>' + inline(line, names) + '</div>';
    }
  }
  close();
  return html;
}

window.renderMarkup = renderMarkup;
window.escapeHtml = escapeHtml;
window.EMOJI = EMOJI;
