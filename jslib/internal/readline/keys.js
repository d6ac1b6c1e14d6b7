'use strict';
// Terminal input to keypress events (readline.emitKeypressEvents): decodes the bytes a TTY sends
// (control characters, ESC-prefixed meta keys, CSI and SS3 sequences) into
// { sequence, name, ctrl, meta, shift, code }.

const { StringDecoder } = require('string_decoder');

const kKeypressState = Symbol('keypressState');

const tildeKeys = {
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9',
  21: 'f10', 23: 'f11', 24: 'f12',
};
const letterKeys = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4', Z: 'tab',
};

function makeKey(sequence, name, ctrl = false, meta = false, shift = false) {
  return { sequence, name, ctrl, meta, shift };
}

/** The key a single character (maybe after ESC, `meta`) stands for. */
function charKey(ch, meta) {
  const sequence = (meta ? '\x1b' : '') + ch;
  if (ch === '\r') return makeKey(sequence, 'return', false, meta);
  if (ch === '\n') return makeKey(sequence, 'enter', false, meta);
  if (ch === '\t') return makeKey(sequence, 'tab', false, meta);
  if (ch === '\b' || ch === '\x7f') return makeKey(sequence, 'backspace', false, meta);
  if (ch === '\x1b') return makeKey(sequence, 'escape', false, meta);
  if (ch === ' ') return makeKey(sequence, 'space', false, meta);
  const code = ch.charCodeAt(0);
  if (code <= 0x1a) return makeKey(sequence, String.fromCharCode(code + 96), true, meta);
  if (/^[a-z0-9]$/.test(ch)) return makeKey(sequence, ch, false, meta);
  if (/^[A-Z]$/.test(ch)) return makeKey(sequence, ch.toLowerCase(), false, meta, true);
  return makeKey(sequence, undefined, false, meta);
}

/**
 * The length of the escape sequence at `s[i]` (which is ESC) and its key, or null when `s` ends
 * before the sequence does.
 */
function escapeKey(s, i) {
  if (i + 1 >= s.length) return null;
  let j = i + 1;
  let meta = false;
  if (s[j] === '\x1b') { // ESC ESC [A: meta+up
    meta = true;
    j++;
    if (j >= s.length) return null;
  }
  const intro = s[j];
  if (intro !== '[' && intro !== 'O') {
    if (meta) return { length: 2, key: charKey('\x1b', true) };
    return { length: 2, key: charKey(s[i + 1], true) };
  }
  j++;
  if (intro === '[' && s[j] === '[') j++; // linux console function keys: ESC [ [ A
  const start = j;
  while (j < s.length && /[0-9;]/.test(s[j])) j++;
  if (j >= s.length) return null;
  const final = s[j];
  const params = s.slice(start, j).split(';');
  const modifier = params.length > 1 ? (Number(params[1]) || 1) - 1 : 0;
  const code = (intro === 'O' ? 'O' : '[') + (final === '~' ? `${params[0]}~` : final);
  const name = final === '~' ? tildeKeys[params[0]] : letterKeys[final];
  const key = makeKey(s.slice(i, j + 1), name, !!(modifier & 4), meta || !!(modifier & 2),
                      !!(modifier & 1) || (final === 'Z' && intro === '['));
  key.code = code;
  return { length: j + 1 - i, key };
}

/**
 * Makes `stream` emit 'keypress' (string|undefined, key) for what it reads, once something
 * listens. `iface.escapeCodeTimeout` is how long a lone ESC waits for the rest of a sequence.
 */
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressState]) return;
  const state = { decoder: new StringDecoder('utf8'), pending: '', timer: null };
  stream[kKeypressState] = state;

  function emitAll(text, flush) {
    let i = 0;
    while (i < text.length) {
      let length = 1;
      let key;
      if (text[i] === '\x1b') {
        const esc = escapeKey(text, i);
        if (esc === null && !flush) break;
        if (esc !== null) ({ length, key } = esc);
        else key = charKey('\x1b', false);
      } else {
        const cp = text.codePointAt(i);
        length = cp > 0xffff ? 2 : 1;
        key = charKey(text.slice(i, i + length), false);
      }
      const seq = text.slice(i, i + length);
      i += length;
      // Anything that began with ESC is reported by its key alone, as node does.
      stream.emit('keypress', seq[0] === '\x1b' ? undefined : seq, key);
    }
    return text.slice(i);
  }

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    clearTimeout(state.timer);
    const text = state.pending + (typeof chunk === 'string' ? chunk : state.decoder.write(chunk));
    state.pending = emitAll(text, false);
    if (state.pending !== '') {
      state.timer = setTimeout(() => {
        state.pending = emitAll(state.pending, true);
      }, iface.escapeCodeTimeout ?? 500);
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents };
